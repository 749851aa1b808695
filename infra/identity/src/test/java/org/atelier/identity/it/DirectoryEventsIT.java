package org.atelier.identity.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.atelier.identity.events.IdentityEvents;
import org.atelier.identity.user.ManagementLevel;
import org.atelier.identity.user.Role;
import org.atelier.identity.user.Username;
import org.atelier.identity.user.application.FindingUsers;
import org.atelier.testsupport.ApiClient;
import org.atelier.testsupport.SharedInfrastructure;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Every admin change, made on the admin pages or through the admin API, publishes exactly one event on the
 * directory topic, keyed by the department or person, valid against its schema and carrying the whole state after
 * the change; a refused change and a change to nothing publish none.
 */
class DirectoryEventsIT extends RunningProvider {

    @Autowired
    FindingUsers users;

    private DirectoryTopicRecords topic;
    private AdminApiCallers callers;

    @BeforeEach
    void readTheTopic() {
        topic = new DirectoryTopicRecords();
        callers = new AdminApiCallers(baseUrl(), port);
    }

    @AfterEach
    void stopReading() {
        topic.close();
    }

    @Test
    void departmentChangesOnThePagesPublishTheDepartmentsWholeState() {
        Browser admin = signedInAdmin();
        String code = "pages-" + System.nanoTime();
        String key = IdentityEvents.departmentKey(code);

        admin.submit("/admin/departments", "/admin/departments", Map.of("code", code, "nameEn", "After-sales", "nameRu", "Сервис"));
        assertDepartment(topic.exactlyOneMore(key, 0, IdentityEvents.DEPARTMENT_CREATED_V1), code, "After-sales", "Сервис", true);

        HttpResponse<String> renamed = admin.submit("/admin/departments", "/admin/departments/" + code + "/rename",
                Map.of("nameEn", "Customer service", "nameRu", "Сервисная служба"));
        assertThat(admin.get(Browser.location(renamed)).body()).contains("Customer service", "Сервисная служба");
        assertDepartment(topic.exactlyOneMore(key, 1, IdentityEvents.DEPARTMENT_RENAMED_V1), code, "Customer service", "Сервисная служба", true);

        admin.submit("/admin/departments", "/admin/departments/" + code + "/rename",
                Map.of("nameEn", "Customer service", "nameRu", "Сервисная служба"));
        topic.noMore(key, 2);

        admin.submit("/admin/departments", "/admin/departments/" + code + "/deactivate", Map.of());
        assertDepartment(topic.exactlyOneMore(key, 2, IdentityEvents.DEPARTMENT_CLOSED_V1), code, "Customer service", "Сервисная служба", false);
    }

    @Test
    void aDepartmentWithActivePeopleIsNotClosedOnThePageNorThroughTheApiAndNothingIsPublished() {
        Browser admin = signedInAdmin();
        String code = "staffed-" + System.nanoTime();
        String key = IdentityEvents.departmentKey(code);
        admin.submit("/admin/departments", "/admin/departments", Map.of("code", code, "nameEn", "Staffed", "nameRu", "Штат"));
        topic.exactlyOneMore(key, 0, IdentityEvents.DEPARTMENT_CREATED_V1);
        newUser(code, ManagementLevel.OTHER_STAFF, EnumSet.of(Role.EMPLOYEE));

        HttpResponse<String> refused = admin.submit("/admin/departments", "/admin/departments/" + code + "/deactivate", Map.of());
        assertThat(admin.get(Browser.location(refused)).body()).contains("still has 1 active people");
        ApiClient.Response viaApi = callers.provisioning().postJson("/api/departments/" + code + "/closure", "");
        assertThat(viaApi.status()).isEqualTo(409);
        assertThat(viaApi.isProblem()).isTrue();
        assertThat(viaApi.json().get("detail").asString()).contains("still has 1 active people");

        topic.noMore(key, 1);
        assertThat(callers.provisioning().get("/api/departments/" + code).json().get("inForce").asBoolean()).isTrue();
    }

    @Test
    void personChangesOnThePagesPublishThePersonsWholeState() {
        Browser admin = signedInAdmin();
        String username = "pages-" + System.nanoTime();
        String key = IdentityEvents.personKey(username);

        admin.submit("/admin/users/new", "/admin/users", Map.of("username", username, "displayName", "Anna Petrova",
                "email", "anna@example.com", "department", "marketing", "level", "COMMERCIAL_STAFF", "roles", "EMPLOYEE",
                "password", "an initial password"));
        assertPerson(topic.exactlyOneMore(key, 0, IdentityEvents.PERSON_JOINED_V1), username, "marketing", "COMMERCIAL_STAFF",
                List.of("EMPLOYEE"), true);

        long version = users.get(Username.of(username)).version();
        admin.submit("/admin/users/" + username, "/admin/users/" + username, Map.of("department", "sales", "level", "DIVISION_HEAD",
                "roles", "DEPARTMENT_HEAD", "version", String.valueOf(version)));
        assertPerson(topic.exactlyOneMore(key, 1, IdentityEvents.PERSON_ASSIGNMENT_CHANGED_V1), username, "sales", "DIVISION_HEAD",
                List.of("DEPARTMENT_HEAD"), true);

        admin.submit("/admin/users/" + username, "/admin/users/" + username + "/deactivate", Map.of());
        assertPerson(topic.exactlyOneMore(key, 2, IdentityEvents.PERSON_DEACTIVATED_V1), username, "sales", "DIVISION_HEAD",
                List.of("DEPARTMENT_HEAD"), false);

        admin.submit("/admin/users/" + username, "/admin/users/" + username + "/reactivate", Map.of());
        assertPerson(topic.exactlyOneMore(key, 3, IdentityEvents.PERSON_REACTIVATED_V1), username, "sales", "DIVISION_HEAD",
                List.of("DEPARTMENT_HEAD"), true);

        admin.submit("/admin/users/" + username, "/admin/users/" + username + "/password", Map.of());
        topic.noMore(key, 4);
    }

    @Test
    void departmentChangesThroughTheApiPublishTheDepartmentsWholeState() {
        ApiClient provisioning = callers.provisioning();
        String code = "api-" + System.nanoTime();
        String key = IdentityEvents.departmentKey(code);

        ApiClient.Response created = provisioning.postJson("/api/departments", """
                {"code":"%s","nameEn":"Warehouse","nameRu":"Склад"}""".formatted(code));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.header("Location")).endsWith("/api/departments/" + code);
        assertDepartment(topic.exactlyOneMore(key, 0, IdentityEvents.DEPARTMENT_CREATED_V1), code, "Warehouse", "Склад", true);

        ApiClient.Response renamed = provisioning.put("/api/departments/" + code + "/names", "{\"nameEn\":\"Stores\",\"nameRu\":\"Склады\"}");
        assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
        assertThat(renamed.json().get("nameEn").asString()).isEqualTo("Stores");
        assertDepartment(topic.exactlyOneMore(key, 1, IdentityEvents.DEPARTMENT_RENAMED_V1), code, "Stores", "Склады", true);

        ApiClient.Response closed = provisioning.postJson("/api/departments/" + code + "/closure", "");
        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        assertThat(closed.json().get("inForce").asBoolean()).isFalse();
        assertDepartment(topic.exactlyOneMore(key, 2, IdentityEvents.DEPARTMENT_CLOSED_V1), code, "Stores", "Склады", false);

        assertThat(provisioning.postJson("/api/departments/" + code + "/closure", "").status()).as("closed already").isEqualTo(200);
        topic.noMore(key, 3);
        assertThat(provisioning.postJson("/api/departments", """
                {"code":"%s","nameEn":"Again","nameRu":"Снова"}""".formatted(code)).status()).as("the code stays taken").isEqualTo(409);
        topic.noMore(key, 3);
    }

    @Test
    void personChangesThroughTheApiByAnAdminPublishThePersonsWholeState() {
        String adminName = newUser("it", ManagementLevel.OTHER_STAFF, EnumSet.of(Role.EMPLOYEE, Role.ADMIN));
        ApiClient admin = callers.person(adminName, PASSWORD);
        String username = "api-" + System.nanoTime();
        String key = IdentityEvents.personKey(username);

        ApiClient.Response created = admin.postJson("/api/people", """
                {"username":"%s","displayName":"Pavel Sidorov","email":"pavel@example.com","department":"logistics",
                 "level":"OTHER_STAFF","roles":["EMPLOYEE"]}""".formatted(username));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.body()).doesNotContainIgnoringCase("password");
        assertPerson(topic.exactlyOneMore(key, 0, IdentityEvents.PERSON_JOINED_V1), username, "logistics", "OTHER_STAFF", List.of("EMPLOYEE"), true);

        ApiClient.Response moved = admin.put("/api/people/" + username + "/assignment", """
                {"department":"supply","level":"DIVISION_HEAD","roles":["EMPLOYEE","DEPARTMENT_HEAD"],"version":%d}"""
                .formatted(created.json().get("version").asLong()));
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        assertPerson(topic.exactlyOneMore(key, 1, IdentityEvents.PERSON_ASSIGNMENT_CHANGED_V1), username, "supply", "DIVISION_HEAD",
                List.of("EMPLOYEE", "DEPARTMENT_HEAD"), true);

        ApiClient.Response stale = admin.put("/api/people/" + username + "/assignment", """
                {"department":"sales","level":"OTHER_STAFF","roles":["EMPLOYEE"],"version":%d}""".formatted(created.json().get("version").asLong()));
        assertThat(stale.status()).as("a version seen before the last change").isEqualTo(409);

        assertThat(admin.postJson("/api/people/" + username + "/deactivation", "").json().get("active").asBoolean()).isFalse();
        assertPerson(topic.exactlyOneMore(key, 2, IdentityEvents.PERSON_DEACTIVATED_V1), username, "supply", "DIVISION_HEAD",
                List.of("EMPLOYEE", "DEPARTMENT_HEAD"), false);

        assertThat(admin.postJson("/api/people/" + username + "/reactivation", "").json().get("active").asBoolean()).isTrue();
        assertPerson(topic.exactlyOneMore(key, 3, IdentityEvents.PERSON_REACTIVATED_V1), username, "supply", "DIVISION_HEAD",
                List.of("EMPLOYEE", "DEPARTMENT_HEAD"), true);

        ApiClient.Response self = admin.postJson("/api/people/" + adminName + "/deactivation", "");
        assertThat(self.status()).isEqualTo(409);
        assertThat(self.json().get("detail").asString()).contains("You cannot deactivate your own account");
        topic.noMore(key, 4);
    }

    @Test
    void aProvisioningSystemCreatesPeopleWithAPasswordItHandsOverOnce() {
        String username = "hr-" + System.nanoTime();

        ApiClient.Response created = callers.provisioning().postJson("/api/people", """
                {"username":"%s","displayName":"Irina Volkova","department":"hr","level":"OTHER_STAFF","roles":["EMPLOYEE"],
                 "initialPassword":"a handed over password"}""".formatted(username));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.body()).doesNotContain("a handed over password");
        assertThat(users.get(Username.of(username)).hasTemporaryPassword()).isTrue();
        assertThat(Browser.location(browser().signIn(username, "a handed over password"))).doesNotContain("error");
        topic.exactlyOneMore(IdentityEvents.personKey(username), 0, IdentityEvents.PERSON_JOINED_V1);
    }

    @Test
    void theDirectoryTopicIsCreatedCompacted() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.kafkaBootstrapServers()))) {
            ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, IdentityEvents.TOPIC);
            assertThat(admin.describeConfigs(List.of(resource)).all().get().get(resource).get(TopicConfig.CLEANUP_POLICY_CONFIG).value())
                    .isEqualTo(TopicConfig.CLEANUP_POLICY_COMPACT);
            assertThat(admin.describeTopics(List.of(IdentityEvents.TOPIC)).allTopicNames().get().get(IdentityEvents.TOPIC).partitions())
                    .hasSizeGreaterThanOrEqualTo(3);
        }
    }

    private Browser signedInAdmin() {
        Browser admin = browser();
        admin.signIn(newUser("it", ManagementLevel.OTHER_STAFF, EnumSet.of(Role.EMPLOYEE, Role.ADMIN)), PASSWORD);
        return admin;
    }

    private static void assertDepartment(JsonNode payload, String code, String nameEn, String nameRu, boolean inForce) {
        assertThat(payload.get("code").asString()).isEqualTo(code);
        assertThat(payload.get("nameEn").asString()).isEqualTo(nameEn);
        assertThat(payload.get("nameRu").asString()).isEqualTo(nameRu);
        assertThat(payload.get("inForce").asBoolean()).isEqualTo(inForce);
        assertThat(payload.get("changedAt").asString()).isNotBlank();
    }

    private static void assertPerson(JsonNode payload, String username, String department, String level, List<String> roles, boolean active) {
        assertThat(payload.get("username").asString()).isEqualTo(username);
        assertThat(payload.get("displayName").asString()).isNotBlank();
        assertThat(payload.get("department").asString()).isEqualTo(department);
        assertThat(payload.get("level").asString()).isEqualTo(level);
        assertThat(payload.get("roles").valueStream().map(JsonNode::asString).toList()).containsExactlyInAnyOrderElementsOf(roles);
        assertThat(payload.get("active").asBoolean()).isEqualTo(active);
        assertThat(payload.has("email")).isFalse();
    }
}
