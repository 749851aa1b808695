package org.atelier.survey.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.atelier.events.envelope.EventMetadata;
import org.atelier.events.envelope.EventType;
import org.atelier.testsupport.EventSchemas;
import org.atelier.testsupport.GoldenSample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SurveyEventContractTest {

    private static final String COMPLETED = """
            {"caseId":"3f6c2b1e-7d4a-3c5b-9e8f-0a1b2c3d4e5f","customerId":"c1","lostOn":"2026-01-02","channel":"INTERVIEW",
             "reasons":[REASONS],"wouldHaveKept":null,"wouldReturn":"NO","completedOn":"2026-01-10","completedAt":"2026-01-10T10:00:00Z"}""";

    static Stream<EventType> eventTypes() {
        return SurveyEvents.ALL.stream();
    }

    @ParameterizedTest
    @MethodSource("eventTypes")
    void everyGoldenSampleIsValidAgainstItsSchema(EventType type) {
        GoldenSample sample = GoldenSample.load(SurveyEvents.sampleResource(type));

        assertThat(EventSchemas.violations(SurveyEvents.schemaResource(type), sample.payload())).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("eventTypes")
    void everyGoldenSampleCarriesCompleteEnvelopeKeyedByItsCase(EventType type) {
        GoldenSample sample = GoldenSample.load(SurveyEvents.sampleResource(type));

        EventMetadata metadata = EventMetadata.fromHeaders(sample.headers()::get);
        assertThat(metadata.type()).isEqualTo(type);
        assertThat(metadata.source()).isEqualTo("/atelier/survey");
        assertThat(sample.key()).isEqualTo(metadata.subject());
    }

    @Test
    void aCompletedInterviewWithOnePrimaryReasonIsValid() {
        assertThat(violations(COMPLETED.replace("REASONS", """
                {"code":"PAYMENT_TERMS","primary":true,"departmentsAtFault":[]}"""))).isEmpty();
    }

    @Test
    void staffAttitudeWithoutDepartmentViolatesTheSchema() {
        assertThat(violations(COMPLETED.replace("REASONS", """
                {"code":"STAFF_ATTITUDE","primary":true,"departmentsAtFault":[]}"""))).isNotEmpty();
    }

    @Test
    void twoPrimaryReasonsViolateTheSchema() {
        assertThat(violations(COMPLETED.replace("REASONS", """
                {"code":"PAYMENT_TERMS","primary":true,"departmentsAtFault":[]},{"code":"ASSORTMENT","primary":true,"departmentsAtFault":[]}""")))
                .isNotEmpty();
    }

    @Test
    void anUnknownReasonCodeViolatesTheSchema() {
        assertThat(violations(COMPLETED.replace("REASONS", """
                {"code":"WEATHER","primary":true,"departmentsAtFault":[]}"""))).isNotEmpty();
    }

    @Test
    void aClosureIsUnreachableRegainedOrWithdrawn() {
        String closed = """
                {"caseId":"3f6c2b1e-7d4a-3c5b-9e8f-0a1b2c3d4e5f","customerId":"c1","lostOn":"2026-01-02","outcome":"REGAINED",
                 "attempts":0,"closedOn":"2026-01-10","closedAt":"2026-01-10T10:00:00Z"}""";
        String schema = SurveyEvents.schemaResource(SurveyEvents.EXIT_INTERVIEW_CLOSED_V1);

        assertThat(EventSchemas.violations(schema, closed)).isEmpty();
        assertThat(EventSchemas.violations(schema, closed.replace("REGAINED", "UNREACHABLE"))).isEmpty();
        assertThat(EventSchemas.violations(schema, closed.replace("REGAINED", "WITHDRAWN"))).isEmpty();
        assertThat(EventSchemas.violations(schema, closed.replace("REGAINED", "COMPLETED"))).isNotEmpty();
    }

    @Test
    void theWithdrawnClosureSampleIsValidAndKeyedByItsCase() {
        GoldenSample sample = GoldenSample.load("samples/survey/ExitInterviewClosed.v1.withdrawn.json");

        assertThat(EventSchemas.violations(SurveyEvents.schemaResource(SurveyEvents.EXIT_INTERVIEW_CLOSED_V1), sample.payload())).isEmpty();
        assertThat(sample.payload()).contains("\"outcome\":\"WITHDRAWN\"");
        EventMetadata metadata = EventMetadata.fromHeaders(sample.headers()::get);
        assertThat(metadata.type()).isEqualTo(SurveyEvents.EXIT_INTERVIEW_CLOSED_V1);
        assertThat(sample.key()).isEqualTo(metadata.subject());
    }

    @Test
    void aResponseCarriesOnlyPOrRAndNoFieldThatCouldNameTheRespondent() {
        String submitted = """
                {"responseId":"0d9e8f7a-6b5c-4d3e-9f1a-2b3c4d5e6f70","campaignId":"7c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f",
                 "level":"DIVISION_HEAD","department":"sales","cells":[{"task":"delivery","department":"logistics","mark":"MARK"}]}""";
        String schema = SurveyEvents.schemaResource(SurveyEvents.SURVEY_SUBMITTED_V1);

        assertThat(EventSchemas.violations(schema, submitted.replace("MARK", "R"))).isEmpty();
        assertThat(EventSchemas.violations(schema, submitted.replace("MARK", "X"))).isNotEmpty();
        assertThat(EventSchemas.violations(schema, submitted.replace("MARK", "P").replace("\"level\"", "\"username\":\"anna\",\"level\"")))
                .isNotEmpty();
        assertThat(EventSchemas.violations(schema, submitted.replace("MARK", "P").replace("DIVISION_HEAD", "OTHER_STAFF"))).isNotEmpty();
    }

    private static java.util.List<String> violations(String payload) {
        return EventSchemas.violations(SurveyEvents.schemaResource(SurveyEvents.EXIT_INTERVIEW_COMPLETED_V1), payload);
    }
}
