package org.atelier.survey.exit.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SelfServiceLinkTest {

    private static final Instant ISSUED = Instant.parse("2026-03-20T10:00:00Z");

    private static SelfServiceLink issued() {
        return SelfServiceLink.issue("link-1", "case-1", LinkTokens.hash(LinkTokens.newToken()), "anna", ISSUED, SelfServiceLink.DEFAULT_VALIDITY);
    }

    @Test
    void aNewLinkWorksForThirtyDaysAndNotAMomentLonger() {
        SelfServiceLink link = issued();

        assertThat(link.expiresAt()).isEqualTo(ISSUED.plusSeconds(30L * 24 * 3600));
        assertThat(link.refusal(link.expiresAt().minusSeconds(1))).isEmpty();
        assertThat(link.refusal(link.expiresAt())).contains(SelfServiceLink.Refusal.EXPIRED);
    }

    @Test
    void aUsedOrRevokedLinkIsRefusedAsSuchEvenAfterItExpired() {
        SelfServiceLink link = issued();
        SelfServiceLink used = new SelfServiceLink(link.id(), link.caseId(), link.tokenHash(), link.issuedBy(), link.issuedAt(), link.expiresAt(),
                SelfServiceLink.State.USED, ISSUED);
        SelfServiceLink revoked = new SelfServiceLink(link.id(), link.caseId(), link.tokenHash(), link.issuedBy(), link.issuedAt(),
                link.expiresAt(), SelfServiceLink.State.REVOKED, ISSUED);

        assertThat(used.refusal(ISSUED)).contains(SelfServiceLink.Refusal.USED);
        assertThat(used.refusal(link.expiresAt().plusSeconds(1))).contains(SelfServiceLink.Refusal.USED);
        assertThat(revoked.refusal(ISSUED)).contains(SelfServiceLink.Refusal.REVOKED);
    }

    @Test
    void tokensAreLongRandomAndUrlSafeAndOnlyTheirHashIsKept() {
        Set<String> tokens = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String token = LinkTokens.newToken();
            assertThat(LinkTokens.looksLikeToken(token)).isTrue();
            tokens.add(token);
        }
        assertThat(tokens).hasSize(1000);
        String token = tokens.iterator().next();
        assertThat(LinkTokens.hash(token)).isEqualTo(LinkTokens.hash(token)).hasSize(64).doesNotContain(token);
        assertThat(LinkTokens.looksLikeToken("short")).isFalse();
        assertThat(LinkTokens.looksLikeToken("x".repeat(42) + "/")).isFalse();
    }
}
