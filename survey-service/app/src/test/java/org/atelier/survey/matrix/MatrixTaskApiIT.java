package org.atelier.survey.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.atelier.testsupport.ApiClient;
import org.atelier.testsupport.TestIdentityProvider;
import org.atelier.testsupport.UsesSharedInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The task catalogue's API: admins only; a bad task is a 400 problem saying what is wrong, and nothing changes. */
@UsesSharedInfrastructure
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.mongodb.database=survey_matrix_tasks_it", "atelier.topics.survey=it.matrix-tasks.survey.events"})
class MatrixTaskApiIT {

    @LocalServerPort
    int port;

    @Autowired
    CatalogueTasks tasks;

    @Test
    void anAdminListsAddsAndEditsTasksAndNobodyElseMay() {
        ApiClient admin = ApiClient.localPort(port).withToken(TestIdentityProvider.user("it", "ADMIN").signed());
        String code = "tenders-" + UUID.randomUUID().toString().substring(0, 8);

        ApiClient.Response listed = admin.get("/api/matrix-tasks");
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.json().get(0).get("code").asString()).isEqualTo("contract-fulfilment");

        ApiClient.Response added = admin.postJson("/api/matrix-tasks", """
                {"code":"%s","nameEn":"Tenders","nameRu":"Тендеры","reasons":["PRICE_AND_DISCOUNTS"]}""".formatted(code));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(added.json().get("reasons").get(0).asString()).isEqualTo("PRICE_AND_DISCOUNTS");
        ApiClient.Response edited = admin.put("/api/matrix-tasks/" + code, """
                {"nameEn":"Tenders and bids","nameRu":"Тендеры","description":"Public bids","reasons":["LOGISTICS","PAYMENT_TERMS"]}""");
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        assertThat(tasks.find(code).orElseThrow().nameEn()).isEqualTo("Tenders and bids");
        assertThat(admin.put("/api/matrix-tasks/nothing-here", "{\"nameEn\":\"A\",\"nameRu\":\"А\"}").status()).isEqualTo(404);

        String body = "{\"code\":\"other\",\"nameEn\":\"A\",\"nameRu\":\"А\"}";
        String edit = "{\"nameEn\":\"Other\",\"nameRu\":\"Другое\"}";
        for (ApiClient refused : new ApiClient[] {ApiClient.localPort(port).withToken(TestIdentityProvider.user("top-management", "MANAGEMENT").signed()),
                ApiClient.localPort(port).withToken(TestIdentityProvider.user("sales", "EMPLOYEE").signed())}) {
            assertRefused(refused.get("/api/matrix-tasks"), 403);
            assertRefused(refused.postJson("/api/matrix-tasks", body), 403);
            assertRefused(refused.put("/api/matrix-tasks/" + code, edit), 403);
        }
        ApiClient anonymous = ApiClient.localPort(port).anonymous();
        assertRefused(anonymous.get("/api/matrix-tasks"), 401);
        assertRefused(anonymous.postJson("/api/matrix-tasks", body), 401);
        assertRefused(anonymous.put("/api/matrix-tasks/" + code, edit), 401);
        assertThat(tasks.find("other")).isEmpty();
        assertThat(tasks.find(code).orElseThrow().nameEn()).isEqualTo("Tenders and bids");
    }

    @Test
    void everyMalformedTaskIsA400AndChangesNothing() {
        ApiClient admin = ApiClient.localPort(port).withToken(TestIdentityProvider.user("it", "ADMIN").signed());
        int before = admin.get("/api/matrix-tasks").json().size();

        Map<String, String> additions = new LinkedHashMap<>();
        additions.put("malformed JSON", "{\"code\":");
        additions.put("no code", "{\"nameEn\":\"A\",\"nameRu\":\"А\"}");
        additions.put("a code with capitals and spaces", "{\"code\":\"Bad Code\",\"nameEn\":\"A\",\"nameRu\":\"А\"}");
        additions.put("markup as a code", "{\"code\":\"<script>\",\"nameEn\":\"A\",\"nameRu\":\"А\"}");
        additions.put("a code taken", "{\"code\":\"delivery\",\"nameEn\":\"A\",\"nameRu\":\"А\"}");
        additions.put("a blank name", "{\"code\":\"blank-name\",\"nameEn\":\" \",\"nameRu\":\"А\"}");
        additions.put("no Russian name", "{\"code\":\"no-russian\",\"nameEn\":\"A\"}");
        additions.put("an unknown reason", "{\"code\":\"bad-reason\",\"nameEn\":\"A\",\"nameRu\":\"А\",\"reasons\":[\"WEATHER\"]}");
        additions.put("a null reason", "{\"code\":\"null-reason\",\"nameEn\":\"A\",\"nameRu\":\"А\",\"reasons\":[null]}");
        additions.put("an oversized name", "{\"code\":\"long-name\",\"nameEn\":\"" + "x".repeat(201) + "\",\"nameRu\":\"А\"}");
        additions.put("an oversized description", "{\"code\":\"long-text\",\"nameEn\":\"A\",\"nameRu\":\"А\",\"description\":\""
                + "y".repeat(2001) + "\"}");
        additions.forEach((what, body) -> assertRefused(admin.postJson("/api/matrix-tasks", body), 400));
        assertRefused(admin.put("/api/matrix-tasks/delivery", "{\"nameEn\":\"\",\"nameRu\":\"А\"}"), 400);

        assertThat(admin.get("/api/matrix-tasks").json().size()).isEqualTo(before);
        assertThat(tasks.find("delivery").orElseThrow().nameEn()).isEqualTo("Delivery under contracts");
    }

    private static void assertRefused(ApiClient.Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.isProblem()).as(response.body()).isTrue();
        assertThat(response.body()).doesNotContain("Exception", "tools.jackson", "org.atelier");
    }
}
