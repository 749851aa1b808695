package org.atelier.reporting.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.atelier.reporting.matrix.MatrixFixtures.all;
import static org.atelier.reporting.matrix.MatrixFixtures.campaign;
import static org.atelier.reporting.matrix.MatrixFixtures.times;
import static org.atelier.reporting.dashboard.DashboardPages.person;
import static org.atelier.reporting.dashboard.DashboardPages.text;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.atelier.directory.testing.CompanyDepartments;
import org.atelier.reporting.matrix.Campaign;
import org.atelier.reporting.matrix.Level;
import org.atelier.reporting.matrix.MatrixFacts;
import org.atelier.reporting.matrix.Response;
import org.atelier.reporting.matrix.application.ProjectingMatrix;
import org.atelier.testsupport.UsesSharedInfrastructure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.OidcLoginRequestPostProcessor;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The matrix heatmap, its level switch, the overview's flags and the empty states, over the real read model. */
@UsesSharedInfrastructure
@ExtendWith(CompanyDepartments.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.mongodb.database=reporting_dashboard_matrix_it",
        "atelier.topics.survey=it.dashboard-matrix.survey.events"})
@AutoConfigureMockMvc
class MatrixDashboardIT {

    private static final OidcLoginRequestPostProcessor CEO = person("ceo", "top-management", "MANAGEMENT");

    @Autowired
    MockMvc mvc;

    @Autowired
    MatrixFacts facts;

    private ProjectingMatrix matrix;

    @org.junit.jupiter.api.BeforeEach
    void projecting() {
        matrix = new ProjectingMatrix(facts);
    }

    @Test
    void theHeatmapShowsEachCellsSharesAndTheLevelSwitchChangesThem() throws Exception {
        String id = UUID.randomUUID().toString();
        // Three sales staff: pricing/sales R, delivery/logistics P. Three logistics heads: pricing/sales R, delivery/logistics R.
        // All six: pricing/sales R 6/6 = 100 %; delivery/logistics R 3/6 = 50 % (not above 50 %: OWNERLESS), P 3/6 = 50 %.
        // Heads only: delivery/logistics R 3/3 = 100 %.
        Campaign opened = campaign(id, "2099-03-01T09:00:00Z", "pricing:PRICE_AND_DISCOUNTS", "delivery:LOGISTICS");
        matrix.opened(UUID.randomUUID().toString(), opened);
        List<Response> responses = all(times(3, Level.COMMERCIAL_STAFF, "sales", "pricing/sales=R delivery/logistics=P"),
                times(3, Level.DIVISION_HEAD, "logistics", "pricing/sales=R delivery/logistics=R"));
        responses.forEach(response -> matrix.submitted(UUID.randomUUID().toString(), id, response));
        matrix.closed(UUID.randomUUID().toString(), new MatrixFacts.ClosingFact(id, new Campaign.Closing(Instant.parse("2099-03-20T00:00:00Z"), "HAND")));

        String everyone = send(get("/matrix/" + id), CEO).getContentAsString();
        assertThat(text(everyone, "cell-pricing-sales")).isEqualTo("100% / 0%");
        assertThat(text(everyone, "cell-delivery-logistics")).isEqualTo("50% / 50%");
        assertThat(everyone).contains("id=\"cell-pricing-sales\" class=\"number heat heat-10\"");
        assertThat(text(everyone, "task-delivery")).contains("ownerless");
        assertThat(text(everyone, "count-ownerless")).isEqualTo("1 ownerless");
        assertThat(text(everyone, "alpha-between")).startsWith("Between the levels");

        String heads = send(get("/matrix/" + id).param("level", "DIVISION_HEAD"), CEO).getContentAsString();
        assertThat(text(heads, "cell-delivery-logistics")).isEqualTo("100% / 0%");
        assertThat(text(heads, "task-delivery")).doesNotContain("ownerless");
        assertThat(heads).containsPattern("id=\"level-DIVISION_HEAD\"\\s+aria-current=\"page\"\\s+class=\"button primary\"");

        String overview = send(get("/").param("year", "2099"), CEO).getContentAsString();
        assertThat(text(overview, "matrix-ownerless")).isEqualTo("1");
        assertThat(text(overview, "matrix-contested")).isEqualTo("0");

        String suit = send(get("/who-sewed-the-suit").param("year", "2099"), CEO).getContentAsString();
        assertThat(suit).contains("id=\"suit-campaign\"").doesNotContain("id=\"no-closed-campaign\"");
    }

    @Test
    void theHeatmapDownloadsHoldTheSharesOfTheLevelShownAndNothingWhereTheViewIsWithheld() throws Exception {
        String id = UUID.randomUUID().toString();
        // As above: all six, delivery/logistics R 3/6 = 50 % and P 3/6 = 50 % (OWNERLESS); the three heads, R 3/3 = 100 %.
        matrix.opened(UUID.randomUUID().toString(), campaign(id, "2097-03-01T09:00:00Z", "pricing:PRICE_AND_DISCOUNTS", "delivery:LOGISTICS"));
        all(times(3, Level.COMMERCIAL_STAFF, "sales", "pricing/sales=R delivery/logistics=P"),
                times(3, Level.DIVISION_HEAD, "logistics", "pricing/sales=R delivery/logistics=R"), times(2, Level.TOP_MANAGEMENT,
                        "top-management", "pricing/sales=R"))
                .forEach(response -> matrix.submitted(UUID.randomUUID().toString(), id, response));

        String heads = send(get("/matrix/" + id).param("level", "DIVISION_HEAD"), CEO).getContentAsString();
        assertThat(heads).contains("href=\"/matrix/" + id + "/table.csv?level=DIVISION_HEAD\"")
                .contains("href=\"/matrix/" + id + "/table.xlsx?level=DIVISION_HEAD\"");

        List<CSVRecord> everyone = csv(send(get("/matrix/" + id + "/table.csv"), CEO));
        List<String> header = List.of(everyone.get(0).values());
        CSVRecord delivery = everyone.stream().filter(row -> row.get(0).equals("delivery")).findFirst().orElseThrow();
        // Eight respondents now: delivery/logistics R 3/8 = 37.5 % (3750 bp), P 3/8 = 37.5 %; nobody R: 2 of 8 + 3 P-only = 5.
        assertThat(delivery.get(header.indexOf("R-share, logistics"))).isEqualTo("3750");
        assertThat(delivery.get(header.indexOf("P-share, logistics"))).isEqualTo("3750");
        assertThat(delivery.get(header.indexOf("Flags"))).isEqualTo("ownerless");
        assertThat(delivery.get(header.indexOf("Respondents naming no owner"))).isEqualTo("5");

        List<CSVRecord> ofHeads = csv(send(get("/matrix/" + id + "/table.csv").param("level", "DIVISION_HEAD"), CEO));
        CSVRecord headsDelivery = ofHeads.stream().filter(row -> row.get(0).equals("delivery")).findFirst().orElseThrow();
        assertThat(headsDelivery.get(header.indexOf("R-share, logistics"))).as("the level filter applied").isEqualTo("10000");
        assertThat(headsDelivery.get(header.indexOf("Consensus owner"))).isEqualTo("Logistics");

        MockHttpServletResponse xlsx = send(get("/matrix/" + id + "/table.xlsx").param("level", "DIVISION_HEAD").param("lang", "ru"), CEO);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getContentAsByteArray()))) {
            Sheet sheet = book.getSheetAt(0);
            int column = -1;
            for (int i = 0; i < sheet.getRow(0).getLastCellNum(); i++) {
                if (sheet.getRow(0).getCell(i).getStringCellValue().equals("Доля R, logistics")) {
                    column = i;
                }
            }
            assertThat(column).as("the Russian header of logistics' R-share").isNotNegative();
            Row row = sheet.getRow(2);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo("delivery");
            assertThat(row.getCell(column).getNumericCellValue()).as("a hundred percent, as a share a spreadsheet can add up").isEqualTo(1.0);
        }

        List<CSVRecord> top = csv(send(get("/matrix/" + id + "/table.csv").param("level", "TOP_MANAGEMENT"), CEO));
        assertThat(top).as("two of top management: below the anonymity threshold, the header only").hasSize(1);
        assertThat(send(get("/matrix/" + UUID.randomUUID() + "/table.csv"), CEO).getStatus()).isEqualTo(404);
        assertThat(send(get("/matrix/" + id + "/table.csv").param("level", "JANITORS"), CEO).getStatus()).isEqualTo(400);
    }

    @Test
    void aLevelUnderTheAnonymityThresholdIsWithheldAndABadLevelOrIdIsAReadableRefusal() throws Exception {
        String id = UUID.randomUUID().toString();
        matrix.opened(UUID.randomUUID().toString(), campaign(id, "2098-03-01T09:00:00Z", "pricing"));
        all(times(2, Level.TOP_MANAGEMENT, "top-management", "pricing/sales=R"), times(3, Level.COMMERCIAL_STAFF, "sales", "pricing/sales=R"))
                .forEach(response -> matrix.submitted(UUID.randomUUID().toString(), id, response));

        String top = send(get("/matrix/" + id).param("level", "TOP_MANAGEMENT"), CEO).getContentAsString();
        assertThat(top).contains("id=\"withheld\"").doesNotContain("id=\"heatmap\"");

        assertThat(send(get("/matrix/" + id).param("level", "JANITORS"), CEO).getStatus()).isEqualTo(400);
        assertThat(send(get("/matrix/not-a-uuid"), CEO).getStatus()).isEqualTo(400);
        MockHttpServletResponse unknown = send(get("/matrix/" + UUID.randomUUID()), CEO);
        assertThat(unknown.getStatus()).isEqualTo(404);
        assertThat(unknown.getContentAsString()).contains("id=\"unknown-campaign\"");
    }

    private static List<CSVRecord> csv(MockHttpServletResponse response) throws Exception {
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("text/csv");
        return CSVFormat.RFC4180.parse(new StringReader(response.getContentAsString(StandardCharsets.UTF_8))).getRecords();
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request, OidcLoginRequestPostProcessor who) throws Exception {
        return mvc.perform(request.with(who)).andReturn().getResponse();
    }
}
