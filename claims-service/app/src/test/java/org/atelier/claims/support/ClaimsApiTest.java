package org.atelier.claims.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.atelier.claims.directory.CompanyDirectory;
import org.atelier.testsupport.ApiClient;
import org.atelier.testsupport.UsesSharedInfrastructure;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The API's ITs that check refusals: one context (and database) for all of them, with the directory read. Each test
 * sets up what it needs under fresh ids, and checks that what it refused changed nothing.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@UsesSharedInfrastructure
@ExtendWith({CompanyDirectory.class, LoyaltyCustomers.class})
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.mongodb.database=claims_api_it",
        "atelier.customers.group=claims-api-it",
        "atelier.topics.claims=it.claims-api.claims.events"})
public @interface ClaimsApiTest {

    /** What the refusal tests act on: a claim heard at a meeting, with the regulation it cites. */
    record Scene(String regulationId, String claimId, String meetingId) {

        /** Files a claim of sales against production, plans a meeting with it and takes attendance: it is heard. */
        public static Scene heardClaim(Callers callers) {
            String regulation = "reg-" + java.util.UUID.randomUUID().toString().substring(0, 8);
            ApiClient management = callers.management();
            assertThat(management.postJson("/api/regulations", Callers.regulationBody(regulation)).status()).isEqualTo(201);
            ApiClient.Response filed = callers.head("sales").postJson("/api/claims",
                    Callers.claimBody(regulation, LocalDate.now(ZoneOffset.UTC).minusDays(1).toString(), 100_000));
            assertThat(filed.status()).as(filed.body()).isEqualTo(201);
            String claimId = filed.json().get("id").asString();
            ApiClient.Response planned = management.postJson("/api/meetings",
                    "{\"date\":\"" + LocalDate.now(ZoneOffset.UTC) + "\",\"agenda\":[{\"kind\":\"CLAIM\",\"id\":\"" + claimId + "\"}]}");
            assertThat(planned.status()).as(planned.body()).isEqualTo(201);
            String meetingId = planned.json().get("id").asString();
            assertThat(management.postJson("/api/meetings/" + meetingId + "/attendance", "{\"present\":[\"sales-head\"]}").status()).isEqualTo(200);
            return new Scene(regulation, claimId, meetingId);
        }

        /** Files a claim of sales against production, not yet scheduled. */
        public static String filedClaim(Callers callers, String regulation) {
            ApiClient.Response filed = callers.head("sales").postJson("/api/claims",
                    Callers.claimBody(regulation, LocalDate.now(ZoneOffset.UTC).minusDays(1).toString(), 100_000));
            assertThat(filed.status()).as(filed.body()).isEqualTo(201);
            return filed.json().get("id").asString();
        }
    }
}
