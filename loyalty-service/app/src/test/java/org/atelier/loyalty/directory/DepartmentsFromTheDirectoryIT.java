package org.atelier.loyalty.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.atelier.directory.Directory;
import org.atelier.directory.DirectoryDepartment;
import org.atelier.directory.testing.CompanyDepartments;
import org.atelier.directory.testing.IdentityTopicWriter;
import org.atelier.testsupport.ApiClient;
import org.atelier.testsupport.TestIdentityProvider;
import org.atelier.testsupport.UsesSharedInfrastructure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Loyalty learns the company's departments from the identity provider's topic, while it runs: a department created
 * there is accepted within seconds, one closed there is refused for anything new but still shown, by name, on the
 * records that named it.
 */
@UsesSharedInfrastructure
@ExtendWith(CompanyDepartments.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.mongodb.database=loyalty_directory_it",
        "atelier.topics.loyalty=it.loyalty-directory.loyalty.events"})
@AutoConfigureMockMvc
class DepartmentsFromTheDirectoryIT {

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    Directory directory;

    private ApiClient sales;
    private final String code = "exhibitions-" + UUID.randomUUID().toString().substring(0, 6);
    private final DirectoryDepartment exhibitions = new DirectoryDepartment(code, "Exhibitions", "Выставочный отдел", true);

    @BeforeEach
    void client() {
        sales = ApiClient.localPort(port).withToken(TestIdentityProvider.user("sales", "EMPLOYEE").signed());
    }

    @Test
    void aDepartmentCreatedAtTheProviderIsAcceptedWithinSecondsAndOfferedByNameInTheReadersLanguage() throws Exception {
        String customer = register("Fairground Textiles");
        assertThat(loss(customer, code).status()).as("not yet in the directory").isEqualTo(400);

        try (IdentityTopicWriter identity = new IdentityTopicWriter()) {
            identity.created(exhibitions);
        }

        await().atMost(Duration.ofSeconds(10)).until(() -> loss(customer, code).status() == 200);
        assertThat(page("/customers/" + register("Stand Builders"), Locale.ENGLISH))
                .contains("value=\"" + code + "\"").contains(">Exhibitions<");
        assertThat(page("/customers/new", Locale.forLanguageTag("ru"))).contains(">Выставочный отдел<");
    }

    @Test
    void aClosedDepartmentIsRefusedForNewLossesButStillShownOnOldOnes() throws Exception {
        String before = register("Old Partner");
        try (IdentityTopicWriter identity = new IdentityTopicWriter()) {
            identity.created(exhibitions);
            await().atMost(Duration.ofSeconds(10)).until(() -> loss(before, code).status() == 200);

            identity.closed(exhibitions);
        }
        String after = register("New Partner");
        await().atMost(Duration.ofSeconds(10)).until(() -> directory.department(code).map(department -> !department.inForce()).orElse(false));

        ApiClient.Response refused = loss(after, code);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("is closed").contains(code);
        assertThat(sales.get("/api/customers/" + after).json().get("status").asString()).as("nothing recorded").isEqualTo("ACTIVE");

        assertThat(sales.get("/api/customers/" + before).json().get("loss").get("reasons").get(0).get("departmentsAtFault").get(0).asString())
                .isEqualTo(code);
        String card = page("/customers/" + before, Locale.ENGLISH);
        assertThat(card).as("the old loss names it in its timeline").contains("Exhibitions");
        assertThat(page("/customers/" + after, Locale.ENGLISH)).as("no longer offered for a new loss").doesNotContain("value=\"" + code + "\"");
    }

    private String register(String name) {
        ApiClient.Response registered = sales.postJson("/api/customers",
                "{\"name\":\"" + name + "\",\"significance\":\"KEY\",\"acknowledgeDuplicateName\":true}");
        assertThat(registered.status()).isEqualTo(201);
        return registered.json().get("id").asString();
    }

    private ApiClient.Response loss(String customerId, String department) {
        return sales.postJson("/api/customers/" + customerId + "/loss", """
                {"competitor":"Rival Textiles","lostOn":"2026-03-14","reasons":[
                  {"code":"STAFF_ATTITUDE","primary":true,"departmentsAtFault":["%s"]}]}""".formatted(department));
    }

    private String page(String path, Locale locale) throws Exception {
        return mvc.perform(get(path).locale(locale).header("Accept-Language", locale.toLanguageTag())
                        .with(oidcLogin().idToken(token -> token.subject("sales-person").claim("department", "sales")
                                .claim("roles", List.of("EMPLOYEE")).claim("name", "Sales person"))))
                .andReturn().getResponse().getContentAsString();
    }
}
