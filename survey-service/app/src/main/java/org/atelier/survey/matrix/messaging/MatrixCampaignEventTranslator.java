package org.atelier.survey.matrix.messaging;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.atelier.events.envelope.EventMetadata;
import org.atelier.events.envelope.EventType;
import org.atelier.outbox.OutboxMessage;
import org.atelier.survey.events.SurveyCampaignClosedV1;
import org.atelier.survey.events.SurveyCampaignOpenedV1;
import org.atelier.survey.events.SurveyEvents;
import org.atelier.survey.events.SurveySubmittedV1;
import org.atelier.survey.matrix.MatrixCampaign;
import org.atelier.survey.matrix.MatrixCampaignEvent;
import org.atelier.survey.matrix.Matrix;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns a campaign's domain events into the published contract (survey-events), ready for the outbox. Counts and
 * anonymous responses only: neither a username nor a respondent key goes out.
 */
public class MatrixCampaignEventTranslator {

    private final JsonMapper json;
    private final String topic;

    public MatrixCampaignEventTranslator(JsonMapper json, String topic) {
        this.json = json;
        this.topic = topic;
    }

    public OutboxMessage toOutbox(MatrixCampaign c, MatrixCampaignEvent event, Instant now) {
        if (event instanceof MatrixCampaignEvent.Opened opened) {
            List<SurveyCampaignOpenedV1.Group> invited = c.progress().stream()
                    .map(group -> new SurveyCampaignOpenedV1.Group(group.level().name(), group.department(), group.invited())).toList();
            return message(SurveyEvents.SURVEY_CAMPAIGN_OPENED_V1, event, new SurveyCampaignOpenedV1(c.id(), c.title(), c.endsOn(),
                    MatrixCampaign.LEVELS.stream().map(Enum::name).toList(),
                    c.catalogue().tasks().stream().map(task -> new SurveyCampaignOpenedV1.Task(task.code(), task.nameEn(), task.nameRu(),
                            task.reasons().stream().map(Enum::name).sorted().toList())).toList(),
                    c.catalogue().departments().stream()
                            .map(department -> new SurveyCampaignOpenedV1.Department(department.code(), department.nameEn(), department.nameRu()))
                            .toList(),
                    c.invitedDepartments(), invited, c.invitedCount(), opened.occurredAt()), now);
        }
        if (event instanceof MatrixCampaignEvent.Submitted submitted) {
            return message(SurveyEvents.SURVEY_SUBMITTED_V1, event, new SurveySubmittedV1(submitted.response().responseId(), c.id(),
                    submitted.response().level().name(), submitted.response().department(), cells(submitted.response().matrix())), now);
        }
        if (event instanceof MatrixCampaignEvent.Closed closed) {
            List<SurveyCampaignClosedV1.Group> groups = closed.progress().stream()
                    .map(group -> new SurveyCampaignClosedV1.Group(group.level().name(), group.department(), group.invited(), group.submitted()))
                    .toList();
            return message(SurveyEvents.SURVEY_CAMPAIGN_CLOSED_V1, event, new SurveyCampaignClosedV1(c.id(), closed.closedBy().name(),
                    c.invitedCount(), c.submittedCount(), groups, closed.occurredAt()), now);
        }
        throw new IllegalArgumentException("No contract for " + event);
    }

    private static List<SurveySubmittedV1.Cell> cells(Matrix matrix) {
        List<SurveySubmittedV1.Cell> cells = new ArrayList<>();
        matrix.cells().forEach((task, row) -> row.forEach((department, mark) -> cells.add(new SurveySubmittedV1.Cell(task, department, mark.name()))));
        return cells;
    }

    private OutboxMessage message(EventType type, MatrixCampaignEvent event, Object payload, Instant now) {
        EventMetadata metadata = EventMetadata.newEvent(type, event.campaignId(), event.occurredAt());
        return OutboxMessage.of(metadata, topic, json.writeValueAsString(payload), now);
    }
}
