package org.atelier.claims;

import org.atelier.testsupport.ApiClient;
import org.atelier.testsupport.ServiceBasics;
import org.atelier.testsupport.TestIdentityProvider;
import org.atelier.testsupport.UsesSharedInfrastructure;
import org.atelier.claims.directory.CompanyDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@UsesSharedInfrastructure
@ExtendWith(CompanyDirectory.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"spring.mongodb.database=claims_service_it",
        "atelier.customers.group=claims-service-it"})
class ClaimsServiceIT {

    @LocalServerPort
    int port;

    @Test
    void exposesHealthOpenApiMetricsAndProblemDetails() {
        ServiceBasics.assertBasicsExposed(ApiClient.localPort(port).withToken(TestIdentityProvider.user("sales", "EMPLOYEE").signed()));
    }
}
