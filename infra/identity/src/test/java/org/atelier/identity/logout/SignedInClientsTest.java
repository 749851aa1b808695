package org.atelier.identity.logout;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SignedInClientsTest {

    private final SignedInClients clients = new SignedInClients();

    @Test
    void collectsTheClientsOfASessionUntilItEnds() {
        clients.signedIn("sid-1", "ivanov", "loyalty-ui");
        clients.signedIn("sid-1", "ivanov", "claims-ui");
        clients.signedIn("sid-1", "ivanov", "claims-ui");
        clients.signedIn("sid-2", "petrov", "survey-ui");

        assertThat(clients.end("sid-1")).hasValueSatisfying(session -> {
            assertThat(session.subject()).isEqualTo("ivanov");
            assertThat(session.clientIds()).containsExactlyInAnyOrder("loyalty-ui", "claims-ui");
        });
        assertThat(clients.end("sid-1")).as("ended once").isEmpty();
        assertThat(clients.end("sid-2")).isPresent();
    }

    @Test
    void endsEverySessionOfOnePersonAndNoOneElses() {
        clients.signedIn("sid-1", "ivanov", "loyalty-ui");
        clients.signedIn("sid-2", "ivanov", "claims-ui");
        clients.signedIn("sid-3", "petrov", "survey-ui");

        assertThat(clients.endAllOf("ivanov")).extracting(SignedInClients.Session::sid).containsExactlyInAnyOrder("sid-1", "sid-2");
        assertThat(clients.endAllOf("ivanov")).as("ended once").isEmpty();
        assertThat(clients.end("sid-3")).isPresent();
    }

    @Test
    void theSidHidesTheSessionId() {
        String sid = SessionIds.sid("8C2D3F0A6B1E");

        assertThat(sid).isEqualTo(SessionIds.sid("8C2D3F0A6B1E")).doesNotContain("8C2D3F0A6B1E").matches("[A-Za-z0-9_-]{43}");
    }
}
