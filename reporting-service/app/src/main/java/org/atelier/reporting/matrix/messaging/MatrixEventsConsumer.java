package org.atelier.reporting.matrix.messaging;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.atelier.events.envelope.EventType;
import org.atelier.inbox.IncomingEvent;
import org.atelier.reporting.freshness.messaging.EventsSeen;
import org.atelier.reporting.churn.messaging.UnreadableEvent;
import org.atelier.reporting.matrix.Campaign;
import org.atelier.reporting.matrix.Level;
import org.atelier.reporting.matrix.Mark;
import org.atelier.reporting.matrix.MatrixFacts;
import org.atelier.reporting.matrix.Response;
import org.atelier.reporting.matrix.application.ProjectingMatrix;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.Message;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads survey-service's topic, in a consumer group of its own, into the matrix read model: campaign openings,
 * submitted responses and closings. The exit-interview events on the same topic are the churn model's and skipped
 * here; a message that is not a readable event fails without retry and lands in the dead-letter topic.
 */
public class MatrixEventsConsumer implements Consumer<Message<byte[]>> {

    private static final Logger log = LoggerFactory.getLogger(MatrixEventsConsumer.class);
    private static final EventType OPENED = EventType.parse("org.atelier.survey.SurveyCampaignOpened.v1");
    private static final EventType SUBMITTED = EventType.parse("org.atelier.survey.SurveySubmitted.v1");
    private static final EventType CLOSED = EventType.parse("org.atelier.survey.SurveyCampaignClosed.v1");

    private final ProjectingMatrix projecting;
    private final JsonMapper json = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private final EventsSeen seen;

    public MatrixEventsConsumer(ProjectingMatrix projecting) {
        this(projecting, EventsSeen.NONE);
    }

    public MatrixEventsConsumer(ProjectingMatrix projecting, EventsSeen seen) {
        this.projecting = projecting;
        this.seen = seen;
    }

    @Override
    public void accept(Message<byte[]> message) {
        IncomingEvent event = IncomingEvent.from(message);
        EventType type = event.metadata().type();
        boolean changed;
        if (OPENED.equals(type)) {
            changed = projecting.opened(event.id(), opening(event, read(event)));
        } else if (SUBMITTED.equals(type)) {
            MatrixCampaignMessage m = read(event);
            changed = projecting.submitted(event.id(), m.campaignId(), response(event, m));
        } else if (CLOSED.equals(type)) {
            MatrixCampaignMessage m = read(event);
            if (m.closedAt() == null) {
                throw unreadable(event, "says not when it closed");
            }
            changed = projecting.closed(event.id(), new MatrixFacts.ClosingFact(m.campaignId(), new Campaign.Closing(m.closedAt(), m.closedBy())));
        } else {
            log.debug("Skipping {} {}", type, event.id());
            seen.notUsed(message, event);
            return;
        }
        if (!changed) {
            log.info("{} {} was already applied; redelivery ignored", type, event.id());
        }
        seen.applied(message, event);
    }

    private MatrixCampaignMessage read(IncomingEvent event) {
        try {
            MatrixCampaignMessage payload = json.readValue(event.payload(), MatrixCampaignMessage.class);
            if (payload.campaignId() == null || payload.campaignId().isBlank()) {
                throw unreadable(event, "names no campaign");
            }
            return payload;
        } catch (JacksonException e) {
            throw new UnreadableEvent(event.metadata().type() + " " + event.id() + " is not valid JSON for its contract", e);
        }
    }

    private static Campaign opening(IncomingEvent event, MatrixCampaignMessage m) {
        if (m.openedAt() == null || m.tasks() == null || m.departments() == null) {
            throw unreadable(event, "lacks openedAt, tasks or departments");
        }
        List<Campaign.Task> tasks = m.tasks().stream().map(task -> new Campaign.Task(task.code(), task.nameEn(), task.nameRu(),
                task.reasons() == null ? List.of() : task.reasons())).toList();
        List<Campaign.Department> departments = m.departments().stream()
                .map(department -> new Campaign.Department(department.code(), department.nameEn(), department.nameRu())).toList();
        return new Campaign(m.campaignId(), m.title(), m.endsOn(), m.openedAt(), tasks, departments,
                m.invitedTotal() == null ? 0 : m.invitedTotal(), Optional.empty());
    }

    private static Response response(IncomingEvent event, MatrixCampaignMessage m) {
        if (m.responseId() == null || m.level() == null || m.department() == null) {
            throw unreadable(event, "lacks responseId, level or department");
        }
        try {
            List<Response.Cell> cells = (m.cells() == null ? List.<MatrixCampaignMessage.Cell>of() : m.cells()).stream()
                    .map(cell -> new Response.Cell(cell.task(), cell.department(), Mark.valueOf(cell.mark()))).toList();
            return Response.of(m.responseId(), Level.valueOf(m.level()), m.department(), cells);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new UnreadableEvent("SurveySubmitted " + event.id() + " has an unknown level or mark", e);
        }
    }

    private static UnreadableEvent unreadable(IncomingEvent event, String what) {
        return new UnreadableEvent(event.metadata().type() + " " + event.id() + " " + what, null);
    }
}
