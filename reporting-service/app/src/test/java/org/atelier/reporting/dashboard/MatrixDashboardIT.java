package org.atelier.reporting.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.atelier.reporting.matrix.MatrixFixtures.all;
import static org.atelier.reporting.matrix.MatrixFixtures.campaign;
import static org.atelier.reporting.matrix.MatrixFixtures.times;
import static org.atelier.reporting.dashboard.DashboardPages.person;
import static org.atelier.reporting.dashboard.DashboardPages.text;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
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

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request, OidcLoginRequestPostProcessor who) throws Exception {
        return mvc.perform(request.with(who)).andReturn().getResponse();
    }
}
