package org.atelier.identity.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.atelier.identity.secondfactor.application.EnrollingSecondFactor;
import org.atelier.identity.user.ManagementLevel;
import org.atelier.identity.user.Role;
import org.atelier.identity.user.Username;
import org.atelier.identity.user.application.DeactivatingUser;
import org.atelier.testsupport.ApiClient;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.oauth2.jwt.JwtEncoder;

/**
 * Every admin API endpoint against every way a caller can be wrong: a token that cannot be trusted (401), a caller
 * who is no administrator — a department head, an employee, management, a token still claiming ADMIN for someone
 * who no longer is one or was deactivated (403) —, a machine token without the scope {@code atelier.admin} (403,
 * saying which scope), and server-owned fields in a body (400). After each refusal the directory is exactly as
 * before.
 */
class AdminApiSecurityIT extends RunningProvider {

    /** A department and a person every endpoint of the table can name. */
    private static final String DEPARTMENT = "security-table";
    private static final String PERSON = "security-table-person";

    record Endpoint(String method, String path, String body) {

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("GET", "/api/departments", null),
            new Endpoint("GET", "/api/departments/" + DEPARTMENT, null),
            new Endpoint("POST", "/api/departments", "{\"code\":\"mallory-dept\",\"nameEn\":\"Mallory\",\"nameRu\":\"Мэллори\"}"),
            new Endpoint("PUT", "/api/departments/" + DEPARTMENT + "/names", "{\"nameEn\":\"Owned\",\"nameRu\":\"Захвачено\"}"),
            new Endpoint("POST", "/api/departments/" + DEPARTMENT + "/closure", ""),
            new Endpoint("GET", "/api/people", null),
            new Endpoint("GET", "/api/people/" + PERSON, null),
            new Endpoint("POST", "/api/people", """
                    {"username":"mallory","displayName":"Mallory","department":"it","level":"TOP_MANAGEMENT","roles":["ADMIN"],
                     "initialPassword":"mallory's own password"}"""),
            new Endpoint("PUT", "/api/people/" + PERSON + "/assignment", "{\"department\":\"it\",\"level\":\"TOP_MANAGEMENT\",\"roles\":[\"ADMIN\"]}"),
            new Endpoint("POST", "/api/people/" + PERSON + "/deactivation", ""),
            new Endpoint("POST", "/api/people/" + PERSON + "/reactivation", ""));

    /** Real tokens, got once: signing in is slow on purpose. */
    private static final Map<String, String> SIGNED_IN = new HashMap<>();
    private static String activeAdmin;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    JwtEncoder encoder;

    @Autowired
    DeactivatingUser deactivating;

    @Autowired
    EnrollingSecondFactor enrollingSecondFactor;

    private ProviderSignedTokens tokens;

    @BeforeEach
    void theTableAndItsCallers() {
        tokens = new ProviderSignedTokens(encoder);
        if (!SIGNED_IN.isEmpty()) {
            return;
        }
        AdminApiCallers callers = new AdminApiCallers(baseUrl(), port);
        activeAdmin = newUser("it", ManagementLevel.OTHER_STAFF, EnumSet.of(Role.EMPLOYEE, Role.ADMIN));
        ApiClient admin = callers.person(activeAdmin, PASSWORD);
        admin.postJson("/api/departments", "{\"code\":\"" + DEPARTMENT + "\",\"nameEn\":\"Table\",\"nameRu\":\"Таблица\"}");
        admin.postJson("/api/people", """
                {"username":"%s","displayName":"Table Person","department":"sales","level":"OTHER_STAFF","roles":["EMPLOYEE"]}"""
                .formatted(PERSON));

        SIGNED_IN.put("a department head", signedIn(callers, "sales", ManagementLevel.DIVISION_HEAD, Role.EMPLOYEE, Role.DEPARTMENT_HEAD));
        SIGNED_IN.put("an employee", signedIn(callers, "sales", ManagementLevel.OTHER_STAFF, Role.EMPLOYEE));
        // Management's role requires a second factor (RunningProvider's rule): this caller has one, as in real life.
        String management = newUser("top-management", ManagementLevel.TOP_MANAGEMENT, EnumSet.of(Role.MANAGEMENT, Role.FINANCE));
        Authenticator managementsApp = new Authenticator(enrollingSecondFactor.newSecret());
        enrollingSecondFactor.confirm(Username.of(management), managementsApp.secret(), managementsApp.currentCode());
        SIGNED_IN.put("top management and finance", callers.personToken(management, PASSWORD, managementsApp));
        String deactivatedAdmin = newUser("it", ManagementLevel.OTHER_STAFF, EnumSet.of(Role.EMPLOYEE, Role.ADMIN));
        SIGNED_IN.put("an admin deactivated since the token was issued", callers.personToken(deactivatedAdmin, PASSWORD));
        deactivating.deactivate(Username.of(activeAdmin), Username.of(deactivatedAdmin));
        SIGNED_IN.put("the everyday machine client (atelier.read atelier.write)",
                callers.clientCredentials("atelier-machine", "local-machine-secret", "atelier.read atelier.write"));
    }

    static Stream<Arguments> untrustedTokens() {
        List<Arguments> cases = new ArrayList<>();
        for (Endpoint endpoint : ENDPOINTS) {
            for (String kind : List.of("no token", "expired", "not yet valid", "another issuer", "another audience",
                    "not an access token (logout token type)", "tampered after signing", "signed by an unknown key", "alg none", "not a JWT")) {
                cases.add(Arguments.of(endpoint, kind));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} with {1} → 401")
    @MethodSource("untrustedTokens")
    void aTokenThatCannotBeTrustedIsRefusedAndChangesNothing(Endpoint endpoint, String kind) {
        String token = tokens.toRefuse(activeAdmin).get(kind);
        List<Document> before = snapshot();

        ApiClient.Response response = call(token, endpoint);

        assertThat(response.status()).as(response.body()).isEqualTo(401);
        assertThat(response.isProblem()).isTrue();
        assertThat(snapshot()).isEqualTo(before);
    }

    static Stream<Arguments> callersWhoAreNoAdministrators() {
        List<Arguments> cases = new ArrayList<>();
        for (Endpoint endpoint : ENDPOINTS) {
            for (String who : List.of("a department head", "an employee", "top management and finance",
                    "an admin deactivated since the token was issued", "a token claiming ADMIN for someone who is not one",
                    "a token claiming ADMIN for nobody")) {
                cases.add(Arguments.of(endpoint, who));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} by {1} → 403")
    @MethodSource("callersWhoAreNoAdministrators")
    void onlyActiveAdministratorsUseTheAdminApi(Endpoint endpoint, String who) {
        String token = switch (who) {
            case "a token claiming ADMIN for someone who is not one" -> tokens.person(PERSON, "EMPLOYEE", "ADMIN");
            case "a token claiming ADMIN for nobody" -> tokens.person("nobody-at-all", "ADMIN");
            default -> SIGNED_IN.get(who);
        };
        List<Document> before = snapshot();

        ApiClient.Response response = call(token, endpoint);

        assertThat(response.status()).as(response.body()).isEqualTo(403);
        assertThat(response.isProblem()).isTrue();
        assertThat(snapshot()).isEqualTo(before);
    }

    static Stream<Arguments> machineTokensWithoutTheAdminScope() {
        List<Arguments> cases = new ArrayList<>();
        for (Endpoint endpoint : ENDPOINTS) {
            for (String kind : List.of("the everyday machine client (atelier.read atelier.write)", "no scope", "openid profile",
                    "atelier.administrator")) {
                cases.add(Arguments.of(endpoint, kind));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} by a machine with {1} → 403")
    @MethodSource("machineTokensWithoutTheAdminScope")
    void aMachineTokenWithoutTheAdminScopeIsRefusedSayingWhichScopeAndChangesNothing(Endpoint endpoint, String kind) {
        String token = kind.startsWith("the everyday") ? SIGNED_IN.get(kind)
                : tokens.machine("atelier-provisioning", kind.equals("no scope") ? "" : kind);
        List<Document> before = snapshot();

        ApiClient.Response response = call(token, endpoint);

        assertThat(response.status()).as(response.body()).isEqualTo(403);
        assertThat(response.isProblem()).isTrue();
        assertThat(response.json().get("detail").asString()).contains("atelier.admin");
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void theEverydayMachineClientCannotEvenAskForTheAdminScope() {
        assertThat(TokenEndpoint.post(baseUrl(), "atelier-machine", "local-machine-secret",
                Map.of("grant_type", "client_credentials", "scope", "atelier.admin")).statusCode()).isEqualTo(400);
    }

    @Test
    void theProvisioningClientGetsTheAdminScopeOnlyAndReadsTheDirectory() {
        AdminApiCallers callers = new AdminApiCallers(baseUrl(), port);
        assertThat(TokenEndpoint.post(baseUrl(), "atelier-provisioning", PROVISIONING_SECRET,
                Map.of("grant_type", "client_credentials", "scope", "atelier.write")).statusCode()).isEqualTo(400);
        assertThat(TokenEndpoint.post(baseUrl(), "atelier-provisioning", "a wrong secret",
                Map.of("grant_type", "client_credentials", "scope", "atelier.admin")).statusCode()).isEqualTo(401);

        ApiClient.Response departments = callers.provisioning().get("/api/departments");

        assertThat(departments.status()).isEqualTo(200);
        assertThat(departments.json().valueStream().map(department -> department.get("code").asString())).contains("sales", DEPARTMENT);
    }

    static Stream<Arguments> bodiesWithServerOwnedFields() {
        return Stream.of(
                Arguments.of(new Endpoint("POST", "/api/departments",
                        "{\"code\":\"owned-fields\",\"nameEn\":\"A\",\"nameRu\":\"Б\",\"inForce\":false}")),
                Arguments.of(new Endpoint("POST", "/api/departments",
                        "{\"code\":\"owned-fields\",\"nameEn\":\"A\",\"nameRu\":\"Б\",\"version\":7}")),
                Arguments.of(new Endpoint("PUT", "/api/departments/" + DEPARTMENT + "/names",
                        "{\"code\":\"another-code\",\"nameEn\":\"A\",\"nameRu\":\"Б\"}")),
                Arguments.of(new Endpoint("POST", "/api/people", """
                        {"username":"owned-fields","displayName":"A","department":"it","level":"OTHER_STAFF","roles":["EMPLOYEE"],
                         "active":false}""")),
                Arguments.of(new Endpoint("POST", "/api/people", """
                        {"username":"owned-fields","displayName":"A","department":"it","level":"OTHER_STAFF","roles":["EMPLOYEE"],
                         "passwordHash":"{noop}known"}""")),
                Arguments.of(new Endpoint("POST", "/api/people", """
                        {"username":"owned-fields","displayName":"A","department":"it","level":"OTHER_STAFF","roles":["EMPLOYEE"],
                         "temporaryPassword":false}""")),
                Arguments.of(new Endpoint("PUT", "/api/people/" + PERSON + "/assignment",
                        "{\"department\":\"it\",\"level\":\"OTHER_STAFF\",\"roles\":[\"EMPLOYEE\"],\"username\":\"someone-else\"}")),
                Arguments.of(new Endpoint("PUT", "/api/people/" + PERSON + "/assignment",
                        "{\"department\":\"it\",\"level\":\"OTHER_STAFF\",\"roles\":[\"SYSTEM\"]}")));
    }

    @ParameterizedTest(name = "{0} with a server-owned field → 400")
    @MethodSource("bodiesWithServerOwnedFields")
    void aServerOwnedFieldIsRefusedAndChangesNothing(Endpoint endpoint) {
        List<Document> before = snapshot();

        ApiClient.Response response = call(tokens.person(activeAdmin, "EMPLOYEE", "ADMIN"), endpoint);

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.isProblem()).isTrue();
        assertThat(snapshot()).isEqualTo(before);
    }

    private ApiClient.Response call(String token, Endpoint endpoint) {
        ApiClient api = token == null ? ApiClient.localPort(port) : ApiClient.localPort(port).withToken(token);
        return endpoint.body() == null ? api.get(endpoint.path()) : api.json(endpoint.method(), endpoint.path(), endpoint.body());
    }

    /** The directory as stored, without the outboxes, which the relay empties whenever it has published. */
    private List<Document> snapshot() {
        List<Document> all = new ArrayList<>();
        for (String collection : List.of("departments", "users")) {
            mongo.getCollection(collection).find().sort(new Document("_id", 1)).forEach(document -> {
                document.remove("outbox");
                document.remove("outboxLease");
                all.add(document);
            });
        }
        return all;
    }

    private String signedIn(AdminApiCallers callers, String department, ManagementLevel level, Role... roles) {
        return callers.personToken(newUser(department, level, EnumSet.of(roles[0], roles)), PASSWORD);
    }
}
