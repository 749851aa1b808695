package org.atelier.survey.matrix;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.atelier.directory.Directory;
import org.atelier.directory.testing.IdentityTopicWriter;
import org.atelier.testsupport.ApiClient;
import org.atelier.testsupport.TestIdentityProvider;

/** People of a campaign test, published to the directory with a suffix of their own so tests never share anybody. */
final class CampaignsForTests {

    final String top;
    final String head;
    final String staff;
    final String outsider;
    private final int port;

    CampaignsForTests(Directory directory, int port) {
        this.port = port;
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        top = "top-" + suffix;
        head = "head-" + suffix;
        staff = "staff-" + suffix;
        outsider = "other-" + suffix;
        try (IdentityTopicWriter topic = new IdentityTopicWriter()) {
            topic.person(top, "sales", "TOP_MANAGEMENT", true, "EMPLOYEE");
            topic.person(head, "logistics", "DIVISION_HEAD", true, "EMPLOYEE", "DEPARTMENT_HEAD");
            topic.person(staff, "sales", "COMMERCIAL_STAFF", true, "EMPLOYEE");
            topic.person(outsider, "sales", "OTHER_STAFF", true, "EMPLOYEE");
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> directory.person(outsider).isPresent() && directory.person(top).isPresent()
                && directory.person(head).isPresent() && directory.person(staff).isPresent());
    }

    ApiClient management() {
        return ApiClient.localPort(port).withToken(TestIdentityProvider.user("top-management", "MANAGEMENT").signed());
    }

    ApiClient as(String username, String department) {
        return ApiClient.localPort(port).withToken(TestIdentityProvider.user(department, "EMPLOYEE").subject(username).signed());
    }

    /** Opens a campaign inviting sales and logistics, through the API; its id. */
    String open() {
        ApiClient.Response opened = management().postJson("/api/matrix-campaigns", """
                {"title":"Test campaign","endsOn":"%s","departments":["sales","logistics"]}"""
                .formatted(LocalDate.now(ZoneOffset.UTC).plusDays(7)));
        if (opened.status() != 201) {
            throw new IllegalStateException(opened.status() + " " + opened.body());
        }
        return opened.json().get("id").asString();
    }
}
