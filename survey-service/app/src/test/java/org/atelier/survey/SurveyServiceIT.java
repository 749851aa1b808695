package org.atelier.survey;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.atelier.testsupport.ApiClient;
import org.atelier.testsupport.ServiceBasics;
import org.atelier.testsupport.TestIdentityProvider;
import org.atelier.testsupport.UsesSharedInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@UsesSharedInfrastructure
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "spring.mongodb.database=survey_service_it")
class SurveyServiceIT {

    @LocalServerPort
    int port;

    @Test
    void exposesHealthOpenApiMetricsAndProblemDetails() {
        ApiClient api = ApiClient.localPort(port).withToken(TestIdentityProvider.user("sales", "EMPLOYEE").signed());
        // Readiness waits for the directory replica to read the identity topic as far as it went at the start; other
        // tests of this JVM may have written to it first, so give the fresh context the moment a deployment gives it.
        await().atMost(Duration.ofSeconds(30)).until(() -> api.get("/actuator/health/readiness").status() == 200);

        ServiceBasics.assertBasicsExposed(api);
    }
}
