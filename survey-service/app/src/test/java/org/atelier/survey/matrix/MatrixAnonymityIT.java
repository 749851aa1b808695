package org.atelier.survey.matrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.atelier.directory.Directory;
import org.atelier.directory.replica.mongo.MongoDirectoryReplica;
import org.atelier.identity.events.IdentityEvents;
import org.atelier.directory.testing.CompanyDepartments;
import org.atelier.directory.testing.IdentityTopicWriter;
import org.atelier.testsupport.ApiClient;
import org.atelier.testsupport.EventTopicReader;
import org.atelier.testsupport.EventTopicReader.PublishedRecord;
import org.atelier.testsupport.TestIdentityProvider;
import org.atelier.testsupport.UsesSharedInfrastructure;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.OidcLoginRequestPostProcessor;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

/**
 * The matrix's anonymity, read back from every side after two invited people answered through the API: every GET
 * endpoint and page of the matrix feature (found in the application's own request mappings, so a page added later is
 * read too) as management and as each respondent, every record on the survey topic, every document of every
 * collection in survey's database, and the log. None of them names a respondent — username, display name or the
 * directory's person id — except the directory replica itself, which holds people and nothing of any campaign. The
 * campaign stores each invitee under the keyed one-way token of docs/survey.md (HMAC of campaign id and username under
 * the server secret), and a stored response holds its random id, level, department and cells: not even the token.
 */
@UsesSharedInfrastructure
@ExtendWith({CompanyDepartments.class, OutputCaptureExtension.class})
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.mongodb.database=survey_matrix_anonymity_it", "atelier.topics.survey=" + MatrixAnonymityIT.SURVEY_TOPIC})
@AutoConfigureMockMvc
class MatrixAnonymityIT {

    static final String SURVEY_TOPIC = "it.matrix-anonymity.survey.events";

    /** The paths of the matrix feature: its API, and the pages of campaigns, the form and the catalogue. */
    private static final Pattern MATRIX_PATH = Pattern.compile(".*(matrix|campaign|catalogue).*");

    private static final String ANSWERS_OF_THE_TOP = """
            {"cells":[{"task":"delivery","department":"logistics","mark":"R"},{"task":"delivery","department":"sales","mark":"R"},
                      {"task":"contract-fulfilment","department":"production","mark":"P"}]}""";
    private static final String ANSWERS_OF_THE_HEAD = """
            {"cells":[{"task":"delivery","department":"logistics","mark":"R"},{"task":"contract-fulfilment","department":"sales","mark":"R"}]}""";

    @LocalServerPort
    int port;

    @Autowired
    Directory directory;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    MockMvc mvc;

    @Autowired
    RespondentKeys keys;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void noEndpointPageEventDocumentOrLogLineTiesARespondentToTheirAnswers(CapturedOutput output) throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Person top = new Person("anon-top-" + suffix, "Irina Anonymova " + suffix, "sales", "TOP_MANAGEMENT");
        Person head = new Person("anon-head-" + suffix, "Пётр Безымянный " + suffix, "logistics", "DIVISION_HEAD");
        Person drafter = new Person("anon-staff-" + suffix, "Olga Draftova " + suffix, "sales", "COMMERCIAL_STAFF");
        List<Person> people = List.of(top, head, drafter);
        try (IdentityTopicWriter identity = new IdentityTopicWriter()) {
            people.forEach(person -> identity.person(person.username(), person.displayName(), person.department(), person.level(), true,
                    person.level().equals("DIVISION_HEAD") ? new String[] {"EMPLOYEE", "DEPARTMENT_HEAD"} : new String[] {"EMPLOYEE"}));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> people.stream().allMatch(person -> directory.person(person.username())
                .filter(known -> known.displayName().equals(person.displayName())).isPresent()));
        // From here on the service knows them; what it logs from now on must not name them.
        int logFrom = output.getAll().length();

        List<String> read = new ArrayList<>();
        ApiClient management = ApiClient.localPort(port).withToken(TestIdentityProvider.user("top-management", "MANAGEMENT").signed());
        ApiClient.Response opened = management.postJson("/api/matrix-campaigns", """
                {"title":"Anonymity","endsOn":"%s","departments":["sales","logistics"]}""".formatted(LocalDate.now(ZoneOffset.UTC).plusDays(7)));
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        String campaignId = opened.json().get("id").asString();
        read.add(opened.body());

        read.add(expect(200, api(top).get("/api/matrix-campaigns/" + campaignId + "/form")));
        read.add(expect(200, api(top).put("/api/matrix-campaigns/" + campaignId + "/draft", ANSWERS_OF_THE_TOP)));
        read.add(expect(200, api(top).postJson("/api/matrix-campaigns/" + campaignId + "/response", ANSWERS_OF_THE_TOP)));
        read.add(expect(409, api(top).postJson("/api/matrix-campaigns/" + campaignId + "/response", ANSWERS_OF_THE_HEAD)));
        read.add(expect(200, api(head).postJson("/api/matrix-campaigns/" + campaignId + "/response", ANSWERS_OF_THE_HEAD)));
        read.add(expect(200, api(drafter).put("/api/matrix-campaigns/" + campaignId + "/draft", ANSWERS_OF_THE_HEAD)));
        JsonNode progress = management.get("/api/matrix-campaigns/" + campaignId).json();
        assertThat(progress.get("submitted").asInt()).isEqualTo(2);

        // Every GET of the matrix feature, API and pages, as management and as each respondent.
        List<String> paths = matrixGetPaths(campaignId);
        assertThat(paths).as("the matrix API's read paths are found").contains("/api/matrix-campaigns",
                "/api/matrix-campaigns/" + campaignId, "/api/matrix-campaigns/" + campaignId + "/form");
        Map<String, String> seen = new LinkedHashMap<>();
        for (String path : paths) {
            if (path.startsWith("/api/")) {
                seen.put("management GET " + path, body(management.get(path)));
                for (Person person : people) {
                    seen.put(person.username() + " GET " + path, body(api(person).get(path)));
                }
            } else {
                seen.put("management page " + path, page(path, signedIn("boss-" + suffix, "Boss " + suffix, "top-management",
                        "TOP_MANAGEMENT", "MANAGEMENT"), "boss-" + suffix, "Boss " + suffix));
                for (Person person : people) {
                    seen.put(person.username() + " page " + path, page(path, signedIn(person.username(), person.displayName(),
                            person.department(), person.level(), "EMPLOYEE"), person.username(), person.displayName()));
                }
            }
        }
        for (String written : read) {
            seen.put("answer to a command", written);
        }

        // Every record on the topic: the opening, two submissions.
        List<PublishedRecord> events;
        try (EventTopicReader reader = new EventTopicReader(SURVEY_TOPIC)) {
            events = await().atMost(Duration.ofSeconds(45)).until(reader::poll,
                    records -> records.stream().filter(record -> campaignId.equals(record.key())).count() >= 3);
        }
        assertThat(events).filteredOn(record -> campaignId.equals(record.key())).extracting(record -> record.header("ce_type"))
                .containsExactly("org.atelier.survey.SurveyCampaignOpened.v1", "org.atelier.survey.SurveySubmitted.v1",
                        "org.atelier.survey.SurveySubmitted.v1");
        for (PublishedRecord record : events) {
            seen.put("event " + record.header("ce_id"), record.key() + " " + record.headers() + " " + record.payload());
        }

        // Every document of every collection; people are known to the directory replica only, which holds no campaign.
        Map<String, String> stored = new LinkedHashMap<>();
        for (String collection : mongo.getCollectionNames()) {
            for (Document document : mongo.getCollection(collection).find()) {
                stored.put(collection + "/" + document.get("_id"), document.toJson());
            }
        }
        assertThat(stored.keySet()).as("the campaign is stored").contains("matrix_campaigns/" + campaignId);
        for (Person person : people) {
            assertThat(stored).as("the directory replica knows " + person.username() + " (what the search below would find)")
                    .hasEntrySatisfying(MongoDirectoryReplica.PEOPLE + "/" + person.username(),
                            document -> assertThat(document).contains(person.username(), person.displayName()));
        }
        stored.forEach((where, document) -> {
            if (where.startsWith(MongoDirectoryReplica.PEOPLE + "/")) {
                assertThat(document).as(where).doesNotContain(campaignId);
            } else {
                seen.put("document " + where, document);
            }
        });
        String log = output.getAll().substring(logFrom);
        assertThat(log).as("the log of the campaign is captured").contains(SURVEY_TOPIC);
        seen.put("log", log);

        for (Person person : people) {
            for (String trace : person.traces()) {
                seen.forEach((where, text) -> assertThat(text).as(where + " names " + person.username()).doesNotContain(trace));
            }
        }
        assertStoredByTokenOnly(campaignId, top, head, drafter);
    }

    /**
     * The campaign document holds each invitee as its keyed token with level and department, the submitted set as
     * tokens sorted by token, the drafts by token, and responses with no token at all, sorted by their random id.
     */
    @SuppressWarnings("unchecked")
    private void assertStoredByTokenOnly(String campaignId, Person top, Person head, Person drafter) {
        Document campaign = mongo.getCollection("matrix_campaigns").find(new Document("_id", campaignId)).first();
        assertThat(campaign).isNotNull();
        List<Document> invitees = (List<Document>) campaign.get("invitees");
        for (Person person : List.of(top, head, drafter)) {
            assertThat(invitees).as("invited under the token").anySatisfy(invitee -> {
                assertThat(invitee.keySet()).containsExactlyInAnyOrder("key", "level", "department");
                assertThat(invitee.getString("key")).isEqualTo(keys.keyOf(campaignId, person.username()));
                assertThat(invitee.getString("level")).isEqualTo(person.level());
                assertThat(invitee.getString("department")).isEqualTo(person.department());
            });
        }
        List<String> submittedKeys = (List<String>) campaign.get("submittedKeys");
        assertThat(submittedKeys).containsExactlyInAnyOrder(keys.keyOf(campaignId, top.username()), keys.keyOf(campaignId, head.username()))
                .isSorted();
        assertThat((List<Document>) campaign.get("drafts")).as("only the one who has not submitted keeps a draft").singleElement()
                .satisfies(draft -> assertThat(draft.getString("key")).isEqualTo(keys.keyOf(campaignId, drafter.username())));
        List<Document> responses = (List<Document>) campaign.get("responses");
        assertThat(responses).hasSize(2);
        assertThat(responses.stream().map(response -> response.getString("responseId")).toList()).isSorted();
        Set<String> tokens = Set.copyOf(invitees.stream().map(invitee -> invitee.getString("key")).toList());
        for (Document response : responses) {
            assertThat(response.keySet()).as("a response is its id, level, department and cells").containsExactlyInAnyOrder(
                    "responseId", "level", "department", "cells");
            tokens.forEach(token -> assertThat(response.toJson()).as("no token in a response").doesNotContain(token));
        }
    }

    /** Every GET path of the matrix feature the application maps, its path variables filled with the campaign id. */
    private List<String> matrixGetPaths(String campaignId) {
        List<String> paths = new ArrayList<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
                continue;
            }
            Stream.of(info.getPatternValues().toArray(String[]::new)).filter(pattern -> MATRIX_PATH.matcher(pattern).matches())
                    .map(pattern -> pattern.replaceAll("\\{[^}]+}", campaignId)).forEach(paths::add);
        }
        return paths.stream().distinct().sorted().toList();
    }

    private ApiClient api(Person person) {
        return ApiClient.localPort(port).withToken(TestIdentityProvider.user(person.department(), "EMPLOYEE").subject(person.username())
                .level(person.level()).signed());
    }

    private static String expect(int status, ApiClient.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        return response.body();
    }

    private static String body(ApiClient.Response response) {
        assertThat(response.status()).as(response.body()).isLessThan(500);
        return response.body();
    }

    /** The page as the signed-in person sees it, less the header naming that person to themself. */
    private String page(String path, OidcLoginRequestPostProcessor who, String viewer, String viewerName) throws Exception {
        var response = mvc.perform(get(path).with(who)).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isLessThan(500);
        String html = response.getContentAsString();
        return html.replaceAll("(?s)<span class=\"who\" id=\"signed-in-user\">.*?</span>", "").replace(viewer, "").replace(viewerName, "");
    }

    private static OidcLoginRequestPostProcessor signedIn(String username, String name, String department, String level, String... roles) {
        return oidcLogin().idToken(token -> token.subject(username).claim("department", department).claim("level", level)
                .claim("roles", List.of(roles)).claim("name", name));
    }

    private record Person(String username, String displayName, String department, String level) {

        /** What would name the person: the username, the display name and the directory's id of the person. */
        List<String> traces() {
            return List.of(username, displayName, IdentityEvents.personKey(username));
        }
    }
}
