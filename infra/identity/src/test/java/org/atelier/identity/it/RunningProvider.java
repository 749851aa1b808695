package org.atelier.identity.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Set;
import java.util.UUID;
import org.atelier.identity.user.ManagementLevel;
import org.atelier.identity.user.Role;
import org.atelier.identity.user.application.RegisteringUser;
import org.atelier.testsupport.UsesSharedInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The provider as the UIs and services meet it, on a real port. Every test class extending this shares one
 * Spring context and one database, so each test creates users of its own, under fresh names.
 *
 * <p>The claims UI's back-channel logout goes to a fake UI the tests can inspect; the loyalty UI's goes to a
 * port nobody listens on, as when a UI is down.
 */
@UsesSharedInfrastructure
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.mongodb.database=identity_it",
        "spring.security.oauth2.authorizationserver.issuer=" + RunningProvider.ISSUER,
        "atelier.identity.demo-users-file=target/identity-it/demo-users.txt",
        // Every test signs in from 127.0.0.1: the per-address limit would soon block them all (SignInThrottleTest has it).
        "atelier.identity.sign-in-throttle.failures-per-client-ip=10000",
        // The admin pages' tests sign admins in with a password alone; SecondFactorIT has management's rule.
        "atelier.identity.second-factor.required-roles=MANAGEMENT",
        "atelier.identity.clients.provisioning.secret=" + RunningProvider.PROVISIONING_SECRET,
        RunningProvider.WITHOUT_SERVICE_SECURITY})
abstract class RunningProvider {

    static final String ISSUER = "http://identity.atelier.test";
    /**
     * service-security is on the test classpath only to decode tokens as the services do (see
     * {@link ServiceTokenValidation}), never to secure the provider: every Spring test of the provider sets this.
     */
    static final String WITHOUT_SERVICE_SECURITY = "spring.autoconfigure.exclude=org.atelier.health.kafka.KafkaBrokerHealthAutoConfiguration,"
            + "org.atelier.security.AtelierSecurityAutoConfiguration,org.atelier.security.PageLanguageAutoConfiguration";
    static final String PASSWORD = "correct horse battery";
    static final String PROVISIONING_SECRET = "it-provisioning-secret";
    static final FakeUiClient CLAIMS_UI = FakeUiClient.start();

    @LocalServerPort
    int port;

    @Autowired
    RegisteringUser registering;

    @DynamicPropertySource
    static void backChannelLogoutUrls(DynamicPropertyRegistry registry) {
        registry.add("atelier.identity.clients.ui.claims-ui.back-channel-logout-url", CLAIMS_UI::logoutUrl);
        registry.add("atelier.identity.clients.ui.loyalty-ui.back-channel-logout-url",
                () -> "http://127.0.0.1:" + unusedPort() + FakeUiClient.PATH);
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    Browser browser() {
        return new Browser(baseUrl());
    }

    /** A new user of the given department, level and roles, with {@link #PASSWORD}; returns the username. */
    String newUser(String department, ManagementLevel level, Set<Role> roles) {
        return newUser(department, level, roles, PASSWORD, false);
    }

    /** A new user with the given password, temporary (as an admin sets it) or their own. */
    String newUser(String department, ManagementLevel level, Set<Role> roles, String password, boolean temporary) {
        String username = "u" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        registering.register(new RegisteringUser.Command(username, "Test " + username, null, department, level, roles,
                password, temporary));
        return username;
    }

    private static int unusedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
