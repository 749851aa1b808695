package org.atelier.survey.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.atelier.directory.Directory;
import org.atelier.security.CurrentUser;
import org.atelier.security.Role;
import org.atelier.directory.testing.CompanyDepartments;
import org.atelier.directory.testing.IdentityTopicWriter;
import org.atelier.survey.matrix.CatalogueTasks;
import org.atelier.survey.matrix.MatrixCampaign;
import org.atelier.survey.matrix.MatrixCampaigns;
import org.atelier.survey.matrix.application.RunningCampaigns;
import org.atelier.testsupport.UsesSharedInfrastructure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.OidcLoginRequestPostProcessor;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The matrix's pages as respondents, management and admins use them, in English and Russian: the form with the
 * campaign's rows and columns, drafts, the one-owner warning, one submission, the refusals, and who may open what.
 */
@UsesSharedInfrastructure
@ExtendWith(CompanyDepartments.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.mongodb.database=survey_matrix_pages_it", "atelier.topics.survey=it.matrix-pages.survey.events"})
@AutoConfigureMockMvc
class MatrixPagesIT {

    private static final CurrentUser MANAGEMENT = new CurrentUser("boss", "Boss", "top-management", "TOP_MANAGEMENT", Set.of(Role.MANAGEMENT));

    @Autowired
    MockMvc mvc;

    @Autowired
    Directory directory;

    @Autowired
    RunningCampaigns running;

    @Autowired
    MatrixCampaigns campaigns;

    @Autowired
    CatalogueTasks tasks;

    private String staff;
    private String head;
    private String outsider;
    private String campaignId;

    @BeforeEach
    void peopleAndAnOpenCampaign() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        staff = "staff-" + suffix;
        head = "head-" + suffix;
        outsider = "other-" + suffix;
        try (IdentityTopicWriter topic = new IdentityTopicWriter()) {
            topic.person(staff, "sales", "COMMERCIAL_STAFF", true, "EMPLOYEE");
            topic.person(head, "logistics", "DIVISION_HEAD", true, "EMPLOYEE", "DEPARTMENT_HEAD");
            topic.person(outsider, "sales", "OTHER_STAFF", true, "EMPLOYEE");
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> directory.person(staff).isPresent() && directory.person(head).isPresent()
                && directory.person(outsider).isPresent());
        campaignId = running.open(MANAGEMENT, "Matrix " + suffix, LocalDate.now(ZoneOffset.UTC).plusDays(7), List.of()).id();
    }

    @Test
    void theFormShowsTheCampaignsTasksAndDepartmentsInTheReadersLanguage() throws Exception {
        MockHttpServletResponse english = send(get("/surveys/" + campaignId), person(staff, "sales", "EMPLOYEE"));
        String russian = send(get("/surveys/" + campaignId).param("lang", "ru"), person(staff, "sales", "EMPLOYEE")).getContentAsString();

        assertThat(english.getStatus()).isEqualTo(200);
        assertThat(english.getContentAsString()).contains("id=\"matrix-table\"").contains("Delivery under contracts")
                .contains("Fulfilment of contractual obligations to customers").contains("id=\"column-logistics\">Logistics<")
                .contains("name=\"cell:delivery:logistics\"").contains("Save draft").contains("a task has exactly one responsible department")
                .contains("Commercial staff, Sales").contains("/matrix/matrix.js");
        assertThat(russian).contains("Поставка по договорам").contains("id=\"column-logistics\">Логистика<").contains(">У<").contains(">О<")
                .contains("Сохранить черновик").contains("у задачи ровно одно ответственное подразделение");
        assertThat(send(get("/surveys"), person(staff, "sales", "EMPLOYEE")).getContentAsString())
                .contains("id=\"survey-" + campaignId + "\"").contains(">Open<");
    }

    @Test
    void aDraftComesBackWithItsAnswersAndARowWithTwoResponsibleIsWarned() throws Exception {
        MockHttpServletResponse saved = send(post("/surveys/" + campaignId).param("action", "draft")
                .param("cell:delivery:logistics", "R").param("cell:delivery:sales", "R").param("cell:pricing:sales", "R")
                .param("cell:pricing:marketing", "P").param("cell:complaints:quality", ""), person(staff, "sales", "EMPLOYEE"));
        assertThat(saved.getStatus()).isEqualTo(302);
        assertThat(saved.getRedirectedUrl()).isEqualTo("/surveys/" + campaignId);

        String again = send(get("/surveys/" + campaignId), person(staff, "sales", "EMPLOYEE")).getContentAsString();
        assertThat(selected(again, "delivery", "logistics")).isEqualTo("R");
        assertThat(selected(again, "pricing", "marketing")).isEqualTo("P");
        assertThat(selected(again, "complaints", "quality")).isEmpty();
        assertThat(warning(again, "delivery")).doesNotContain("hidden").contains("Several departments are marked R");
        assertThat(warning(again, "pricing")).contains("hidden");
        assertThat(warning(again, "complaints")).doesNotContain("hidden").contains("No department is marked R");
        assertThat(send(get("/surveys/" + campaignId).param("lang", "ru"), person(staff, "sales", "EMPLOYEE")).getContentAsString())
                .contains("Отметку «О» получили несколько подразделений");
        assertThat(send(get("/surveys"), person(staff, "sales", "EMPLOYEE")).getContentAsString()).contains("Draft saved");
    }

    @Test
    void aSubmissionIsConfirmedThenShownAsSubmittedAndRefusedASecondTime() throws Exception {
        MockHttpServletResponse unconfirmed = send(post("/surveys/" + campaignId).param("action", "submit")
                .param("cell:delivery:logistics", "R"), person(head, "logistics", "EMPLOYEE", "DEPARTMENT_HEAD"));
        assertThat(unconfirmed.getStatus()).isEqualTo(400);
        assertThat(unconfirmed.getContentAsString()).contains("id=\"matrix-errors\"").contains("cannot be changed");
        assertThat(selected(unconfirmed.getContentAsString(), "delivery", "logistics")).as("typed answers kept").isEqualTo("R");
        assertThat(campaigns.find(campaignId).orElseThrow().submittedCount()).isZero();

        MockHttpServletResponse submitted = send(post("/surveys/" + campaignId).param("action", "submit").param("confirm", "yes")
                .param("cell:delivery:logistics", "R"), person(head, "logistics", "EMPLOYEE", "DEPARTMENT_HEAD"));
        assertThat(submitted.getStatus()).isEqualTo(302);
        assertThat(campaigns.find(campaignId).orElseThrow().submittedCount()).isEqualTo(1);

        String page = send(get("/surveys/" + campaignId), person(head, "logistics", "EMPLOYEE", "DEPARTMENT_HEAD")).getContentAsString();
        assertThat(page).contains("id=\"submitted\"").doesNotContain("id=\"matrix\"");
        MockHttpServletResponse second = send(post("/surveys/" + campaignId).param("action", "submit").param("confirm", "yes")
                .param("cell:delivery:sales", "R"), person(head, "logistics", "EMPLOYEE", "DEPARTMENT_HEAD"));
        assertThat(second.getStatus()).isEqualTo(409);
        assertThat(second.getContentAsString()).contains("Your response has been submitted already");
        assertThat(campaigns.find(campaignId).orElseThrow().submittedCount()).isEqualTo(1);
        assertThat(send(get("/surveys").param("lang", "ru"), person(head, "logistics", "EMPLOYEE")).getContentAsString()).contains("Отправлен");
    }

    @Test
    void aPersonNotInvitedAndAClosedCampaignGetARefusalPage() throws Exception {
        MockHttpServletResponse notInvited = send(get("/surveys/" + campaignId), person(outsider, "sales", "EMPLOYEE"));
        assertThat(notInvited.getStatus()).isEqualTo(403);
        assertThat(notInvited.getContentAsString()).contains("data-reason=\"NOT_INVITED\"").contains("You are not invited to this survey")
                .doesNotContain("id=\"matrix\"");
        assertThat(send(post("/surveys/" + campaignId).param("action", "draft").param("cell:delivery:sales", "R"),
                person(outsider, "sales", "EMPLOYEE")).getStatus()).isEqualTo(403);
        assertThat(send(get("/surveys"), person(outsider, "sales", "EMPLOYEE")).getContentAsString()).doesNotContain(campaignId);

        running.close(MANAGEMENT, campaignId);
        MockHttpServletResponse closed = send(get("/surveys/" + campaignId).param("lang", "ru"), person(staff, "sales", "EMPLOYEE"));
        assertThat(closed.getStatus()).isEqualTo(409);
        assertThat(closed.getContentAsString()).contains("data-reason=\"CLOSED\"").contains("Опрос закрыт").doesNotContain("id=\"matrix\"");
        assertThat(send(post("/surveys/" + campaignId).param("action", "draft").param("cell:delivery:sales", "R"),
                person(staff, "sales", "EMPLOYEE")).getContentAsString()).contains("This survey is closed");
    }

    @Test
    void managementOpensACampaignFollowsItsProgressAndClosesIt() throws Exception {
        OidcLoginRequestPostProcessor boss = person("boss", "top-management", "MANAGEMENT");
        MockHttpServletResponse refused = send(post("/campaigns").param("endsOn", LocalDate.now(ZoneOffset.UTC).minusDays(1).toString()), boss);
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentAsString()).contains("id=\"open-errors\"").contains("The last day cannot be before today")
                .contains("Tick at least one department");

        MockHttpServletResponse opened = send(post("/campaigns").param("title", "Spring matrix")
                .param("endsOn", LocalDate.now(ZoneOffset.UTC).plusDays(3).toString()).param("department", "sales", "logistics"), boss);
        assertThat(opened.getStatus()).as(opened.getContentAsString()).isEqualTo(302);
        String id = opened.getRedirectedUrl().substring("/campaigns/".length());
        MatrixCampaign campaign = campaigns.find(id).orElseThrow();
        assertThat(campaign.invitedDepartments()).containsExactly("logistics", "sales");

        String page = send(get("/campaigns/" + id), boss).getContentAsString();
        assertThat(page).contains("Spring matrix").contains("id=\"progress-COMMERCIAL_STAFF-sales\"").contains("id=\"progress-DIVISION_HEAD-logistics\"")
                .contains("id=\"close-campaign\"").doesNotContain(staff).doesNotContain(head);
        assertThat(send(get("/campaigns/" + id).param("lang", "ru"), boss).getContentAsString()).contains("Руководитель подразделения")
                .contains("Закрыть сейчас");
        assertThat(send(get("/campaigns"), boss).getContentAsString()).contains("id=\"campaign-" + id + "\"");

        assertThat(send(post("/campaigns/" + id + "/closure"), boss).getStatus()).isEqualTo(302);
        assertThat(campaigns.find(id).orElseThrow().state().name()).isEqualTo("CLOSED");
        assertThat(send(get("/campaigns/" + id), boss).getContentAsString()).contains("id=\"campaign-state\">Closed<").doesNotContain("id=\"close-campaign\"");
    }

    @Test
    void theAdminPagesAreForbiddenToOthersAndLinkedOnlyForThoseWhoMayOpenThem() throws Exception {
        OidcLoginRequestPostProcessor employee = person(staff, "sales", "EMPLOYEE");
        for (MockHttpServletRequestBuilder page : List.of(get("/campaigns"), get("/campaigns/new"), get("/campaigns/" + campaignId),
                post("/campaigns").param("endsOn", "2999-01-01").param("department", "sales"), post("/campaigns/" + campaignId + "/closure"),
                get("/tasks"), get("/tasks/new"), get("/tasks/delivery/edit"), post("/tasks/delivery").param("nameEn", "x").param("nameRu", "x"))) {
            MockHttpServletResponse response = send(page, employee);
            assertThat(response.getStatus()).isEqualTo(403);
            assertThat(response.getContentAsString()).contains("id=\"forbidden\"");
        }
        assertThat(send(get("/tasks"), person("boss", "top-management", "MANAGEMENT")).getStatus()).as("management is no admin").isEqualTo(403);
        assertThat(send(get("/campaigns"), person("root", "it", "ADMIN")).getStatus()).as("an admin runs no campaign").isEqualTo(403);
        assertThat(campaigns.find(campaignId).orElseThrow().state().name()).isEqualTo("OPEN");

        assertThat(send(get("/surveys"), employee).getContentAsString()).contains("id=\"nav-surveys\"").doesNotContain("id=\"nav-campaigns\"")
                .doesNotContain("id=\"nav-tasks\"");
        assertThat(send(get("/worklist"), person("boss", "top-management", "MANAGEMENT")).getContentAsString()).contains("id=\"nav-campaigns\"")
                .doesNotContain("id=\"nav-tasks\"");
        assertThat(send(get("/surveys"), person("root", "it", "ADMIN")).getContentAsString()).contains("id=\"nav-tasks\"")
                .doesNotContain("id=\"nav-campaigns\"");
    }

    @Test
    void anAdminAddsAndEditsATaskAndARefusedTaskShowsEveryReasonInsideTheForm() throws Exception {
        OidcLoginRequestPostProcessor admin = person("root", "it", "ADMIN");
        String code = "task-" + UUID.randomUUID().toString().substring(0, 8);

        MockHttpServletResponse refused = send(post("/tasks").param("code", "Bad Code").param("nameEn", "Tenders").param("nameRu", " ")
                .param("reason", "LOGISTICS"), admin);
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentAsString()).contains("id=\"task-errors\"").contains("A code is 2 to 40 characters")
                .contains("Give the task&#39;s name").contains("value=\"Tenders\"");
        assertThat(tasks.find("bad-code")).isEmpty();
        assertThat(send(post("/tasks").param("code", "delivery").param("nameEn", "Again").param("nameRu", "Снова").param("lang", "ru"), admin)
                .getContentAsString()).contains("Задача с кодом delivery уже есть");

        MockHttpServletResponse added = send(post("/tasks").param("code", code).param("nameEn", "Tenders").param("nameRu", "Тендеры")
                .param("reason", "PRICE_AND_DISCOUNTS", "PAYMENT_TERMS"), admin);
        assertThat(added.getStatus()).isEqualTo(302);
        assertThat(tasks.find(code).orElseThrow().reasons()).extracting(Enum::name).containsExactlyInAnyOrder("PRICE_AND_DISCOUNTS", "PAYMENT_TERMS");
        assertThat(send(get("/tasks").param("lang", "ru"), admin).getContentAsString()).contains("id=\"task-" + code + "\"").contains("Тендеры");

        assertThat(send(get("/tasks/" + code + "/edit"), admin).getContentAsString()).contains("value=\"Tenders\"")
                .containsPattern("id=\"reason-PAYMENT_TERMS\"[^>]*checked");
        assertThat(send(post("/tasks/" + code).param("nameEn", "").param("nameRu", "Тендеры"), admin).getStatus()).isEqualTo(400);
        assertThat(send(post("/tasks/" + code).param("nameEn", "Tenders and bids").param("nameRu", "Тендеры").param("description", "Public bids")
                .param("reason", "LOGISTICS"), admin).getStatus()).isEqualTo(302);
        assertThat(tasks.find(code).orElseThrow()).satisfies(task -> {
            assertThat(task.nameEn()).isEqualTo("Tenders and bids");
            assertThat(task.description()).isEqualTo("Public bids");
            assertThat(task.reasons()).extracting(Enum::name).containsExactly("LOGISTICS");
        });
        // A week on: the company's today may already be tomorrow in UTC (its calendar is not in UTC).
        String opened = running.open(MANAGEMENT, null, LocalDate.now(ZoneOffset.UTC).plusWeeks(1), List.of()).id();
        assertThat(campaigns.find(opened).orElseThrow().catalogue().hasTask(code)).as("the next campaign asks about it").isTrue();
        assertThat(campaigns.find(campaignId).orElseThrow().catalogue().hasTask(code)).as("an open campaign keeps its tasks").isFalse();
    }

    @Test
    void hostileAnswersAndOpeningsAreRefusedInsideTheFormAndChangeNothing() throws Exception {
        OidcLoginRequestPostProcessor respondent = person(staff, "sales", "EMPLOYEE");
        java.util.Map<String, String[]> answers = new java.util.LinkedHashMap<>();
        answers.put("a bad mark", new String[] {"cell:delivery:logistics", "X"});
        answers.put("the Russian letter sent as a mark", new String[] {"cell:delivery:logistics", "О"});
        answers.put("an unknown task", new String[] {"cell:juggling:logistics", "R"});
        answers.put("an unknown department", new String[] {"cell:delivery:nowhere", "R"});
        answers.put("markup as a department", new String[] {"cell:delivery:<script>alert(1)</script>", "R"});
        answers.put("an oversized task code", new String[] {"cell:" + "x".repeat(100_000) + ":logistics", "R"});
        for (java.util.Map.Entry<String, String[]> answer : answers.entrySet()) {
            for (String action : List.of("draft", "submit")) {
                MockHttpServletResponse refused = send(post("/surveys/" + campaignId).param("action", action).param("confirm", "yes")
                        .param(answer.getValue()[0], answer.getValue()[1]), respondent);
                assertThat(refused.getStatus()).as(answer.getKey()).isEqualTo(400);
                assertThat(refused.getContentAsString()).as(answer.getKey()).contains("id=\"matrix-errors\"").doesNotContain("<script>alert")
                        .doesNotContain("x".repeat(1000)).doesNotContain("Exception");
            }
        }
        MatrixCampaign untouched = campaigns.find(campaignId).orElseThrow();
        assertThat(untouched.submittedCount()).isZero();
        assertThat(untouched.drafts()).isEmpty();

        OidcLoginRequestPostProcessor boss = person("boss", "top-management", "MANAGEMENT");
        int before = campaigns.all().size();
        for (MockHttpServletRequestBuilder opening : List.of(
                post("/campaigns").param("endsOn", "next month").param("department", "sales"),
                post("/campaigns").param("endsOn", "2999-01-01").param("department", "<script>"),
                post("/campaigns").param("endsOn", "2999-01-01").param("department", "sales").param("title", "x".repeat(201)))) {
            MockHttpServletResponse refused = send(opening, boss);
            assertThat(refused.getStatus()).isEqualTo(400);
            assertThat(refused.getContentAsString()).contains("id=\"open-errors\"").doesNotContain("<script> is not");
        }
        assertThat(campaigns.all()).hasSize(before);

        OidcLoginRequestPostProcessor admin = person("root", "it", "ADMIN");
        MockHttpServletResponse task = send(post("/tasks").param("code", "long-task").param("nameEn", "Long").param("nameRu", "Длинная")
                .param("description", "y".repeat(100_000)).param("reason", "NOT_A_REASON"), admin);
        assertThat(task.getStatus()).isEqualTo(400);
        assertThat(task.getContentAsString()).contains("At most 2,000 characters").contains("Not one of the choices offered")
                .doesNotContain("y".repeat(2001));
        assertThat(tasks.find("long-task")).isEmpty();
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request, OidcLoginRequestPostProcessor who) throws Exception {
        return mvc.perform(request.with(who).with(csrf())).andReturn().getResponse();
    }

    private static OidcLoginRequestPostProcessor person(String username, String department, String... roles) {
        return oidcLogin().idToken(token -> token.subject(username).claim("department", department)
                .claim("roles", List.of(roles)).claim("name", username));
    }

    /** The value chosen in one cell's select: P, R or empty. */
    private static String selected(String html, String task, String department) {
        String select = element(html, "id=\"cell-" + task + "-" + department + "\"", "</select>");
        java.util.regex.Matcher chosen = java.util.regex.Pattern.compile("<option value=\"([PR]?)\" selected").matcher(select);
        assertThat(chosen.find()).as("a chosen option in " + select).isTrue();
        return chosen.group(1);
    }

    /** The warning element of a task's row, from its opening tag to its end. */
    private static String warning(String html, String task) {
        int start = html.lastIndexOf('<', html.indexOf("id=\"warning-" + task + "\""));
        return html.substring(start, html.indexOf("</span>", start));
    }

    private static String element(String html, String marker, String end) {
        int start = html.indexOf(marker);
        assertThat(start).as(marker + " on the page").isPositive();
        return html.substring(start, html.indexOf(end, start));
    }
}
