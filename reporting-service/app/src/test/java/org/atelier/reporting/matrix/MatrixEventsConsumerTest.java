package org.atelier.reporting.matrix;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.atelier.inbox.NonConformingEvent;
import org.atelier.reporting.matrix.application.ProjectingMatrix;
import org.atelier.reporting.matrix.messaging.MatrixEventsConsumer;
import org.atelier.survey.events.SurveyEvents;
import org.atelier.testsupport.GoldenSample;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

/** Survey's golden samples, as published, read into the matrix read model's own types. */
class MatrixEventsConsumerTest {

    private final InMemoryFacts facts = new InMemoryFacts();
    private final MatrixEventsConsumer consumer = new MatrixEventsConsumer(new ProjectingMatrix(facts));

    @Test
    void theOpeningSampleFreezesTasksWithTheirReasonsDepartmentsAndInvitations() {
        consumer.acceptBatch(List.of(message(GoldenSample.load(SurveyEvents.sampleResource(SurveyEvents.SURVEY_CAMPAIGN_OPENED_V1)))));

        Campaign campaign = facts.openings.get(0);
        assertThat(campaign.campaignId()).isEqualTo("7c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f");
        assertThat(campaign.title()).isEqualTo("Spring 2026");
        assertThat(campaign.openedAt()).isEqualTo(Instant.parse("2026-05-04T08:00:00Z"));
        assertThat(campaign.tasks()).extracting(Campaign.Task::code).containsExactly("contract-fulfilment", "delivery");
        assertThat(campaign.tasks().get(1).reasons()).containsExactly("CONTRACT_FULFILMENT", "LOGISTICS");
        assertThat(campaign.departments()).extracting(Campaign.Department::code).containsExactly("logistics", "sales");
        assertThat(campaign.invited()).isEqualTo(6);
        assertThat(campaign.state()).isEqualTo(Campaign.State.OPEN);
    }

    @Test
    void theSubmittedSampleIsALevelADepartmentAndItsMarkedCells() {
        consumer.acceptBatch(List.of(message(GoldenSample.load(SurveyEvents.sampleResource(SurveyEvents.SURVEY_SUBMITTED_V1)))));

        Response response = facts.responses.get(0);
        assertThat(facts.eventIds).containsExactly("1a2b3c4d-0007-4e5f-8a6b-7c8d9e0f1a07");
        assertThat(response.level()).isEqualTo(Level.COMMERCIAL_STAFF);
        assertThat(response.department()).isEqualTo("sales");
        assertThat(response.cell("contract-fulfilment", "sales")).isEqualTo(Mark.R);
        assertThat(response.cell("delivery", "sales")).isEqualTo(Mark.P);
        assertThat(response.cell("contract-fulfilment", "logistics")).isEqualTo(Mark.NONE);
    }

    @Test
    void theClosingSampleClosesItsCampaign() {
        consumer.acceptBatch(List.of(message(GoldenSample.load(SurveyEvents.sampleResource(SurveyEvents.SURVEY_CAMPAIGN_CLOSED_V1)))));

        assertThat(facts.closings).containsExactly(new MatrixFacts.ClosingFact("7c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f",
                new Campaign.Closing(Instant.parse("2026-05-30T00:05:00Z"), "END_DATE")));
    }

    @Test
    void exitInterviewEventsAreTheChurnModelsAndSkippedHere() {
        consumer.acceptBatch(List.of(message(GoldenSample.load(SurveyEvents.sampleResource(SurveyEvents.EXIT_INTERVIEW_COMPLETED_V1)))));

        assertThat(facts.eventIds).isEmpty();
    }

    @Test
    void aResponseBreakingItsSchemaIsRefusedAndNothingIsStored() {
        GoldenSample broken = GoldenSample.load(SurveyEvents.sampleResource(SurveyEvents.SURVEY_SUBMITTED_V1)).withPayloadField("level", "CEO");

        assertThatThrownBy(() -> consumer.acceptBatch(List.of(message(broken)))).isInstanceOf(BatchListenerFailedException.class)
                .hasCauseInstanceOf(NonConformingEvent.class);
        assertThat(facts.eventIds).isEmpty();
    }

    private static Message<byte[]> message(GoldenSample sample) {
        MessageBuilder<byte[]> builder = MessageBuilder.withPayload(sample.payload().getBytes(UTF_8));
        sample.headers().forEach(builder::setHeader);
        return builder.build();
    }

    private static final class InMemoryFacts implements MatrixFacts {
        final List<String> eventIds = new ArrayList<>();
        final List<Campaign> openings = new ArrayList<>();
        final List<Response> responses = new ArrayList<>();
        final List<ClosingFact> closings = new ArrayList<>();
        final Map<String, String> responseCampaigns = new LinkedHashMap<>();

        @Override
        public boolean openedOnce(String eventId, Campaign opened) {
            eventIds.add(eventId);
            return openings.add(opened);
        }

        @Override
        public boolean submittedOnce(String eventId, String campaignId, Response response) {
            eventIds.add(eventId);
            responseCampaigns.put(response.responseId(), campaignId);
            return responses.add(response);
        }

        @Override
        public boolean closedOnce(String eventId, ClosingFact closed) {
            eventIds.add(eventId);
            return closings.add(closed);
        }

        @Override
        public List<Campaign> openings() {
            return openings;
        }

        @Override
        public List<ClosingFact> closings() {
            return closings;
        }

        @Override
        public List<Response> responses(String campaignId) {
            return responses.stream().filter(response -> campaignId.equals(responseCampaigns.get(response.responseId()))).toList();
        }

        @Override
        public List<ResponseRef> responseRefs() {
            return responses.stream().map(response -> new ResponseRef(responseCampaigns.get(response.responseId()), response.responseId())).toList();
        }
    }
}
