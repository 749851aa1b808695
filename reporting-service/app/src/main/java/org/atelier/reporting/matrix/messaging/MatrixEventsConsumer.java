package org.atelier.reporting.matrix.messaging;

import static org.atelier.reporting.projection.EventPayloads.unreadable;

import java.util.List;
import java.util.Optional;
import org.atelier.events.envelope.EventType;
import org.atelier.inbox.IncomingEvent;
import org.atelier.reporting.freshness.messaging.EventsSeen;
import org.atelier.reporting.matrix.Campaign;
import org.atelier.reporting.matrix.Level;
import org.atelier.reporting.matrix.Mark;
import org.atelier.reporting.matrix.MatrixFacts;
import org.atelier.reporting.matrix.Response;
import org.atelier.reporting.matrix.application.ProjectingMatrix;
import org.atelier.reporting.projection.EventDispatcher;
import org.atelier.reporting.projection.EventPayloads;
import org.atelier.reporting.projection.UnreadableEvent;

/**
 * Reads survey-service's topic, in a consumer group of its own, into the matrix read model: campaign openings,
 * submitted responses and closings. The exit-interview events on the same topic are the churn model's and skipped
 * here; a message that is not a readable event fails without retry and lands in the dead-letter topic.
 */
public class MatrixEventsConsumer extends EventDispatcher {

    private static final EventType OPENED = EventType.parse("org.atelier.survey.SurveyCampaignOpened.v1");
    private static final EventType SUBMITTED = EventType.parse("org.atelier.survey.SurveySubmitted.v1");
    private static final EventType CLOSED = EventType.parse("org.atelier.survey.SurveyCampaignClosed.v1");

    public MatrixEventsConsumer(ProjectingMatrix projecting) {
        this(projecting, EventsSeen.NONE);
    }

    /** @param seen told of every event done with, for the freshness view */
    public MatrixEventsConsumer(ProjectingMatrix projecting, EventsSeen seen) {
        super(seen);
        Applier<MatrixFacts.Fact> facts = projecting::applyAll;
        on(OPENED, event -> new MatrixFacts.Opened(event.id(), opening(event, read(event))), facts);
        on(SUBMITTED, event -> {
            MatrixCampaignMessage m = read(event);
            return new MatrixFacts.Submitted(event.id(), m.campaignId(), response(event, m));
        }, facts);
        on(CLOSED, event -> {
            MatrixCampaignMessage m = read(event);
            if (m.closedAt() == null) {
                throw unreadable(event, "says not when it closed");
            }
            return new MatrixFacts.Closed(event.id(), new MatrixFacts.ClosingFact(m.campaignId(), new Campaign.Closing(m.closedAt(), m.closedBy())));
        }, facts);
    }

    private static MatrixCampaignMessage read(IncomingEvent event) {
        MatrixCampaignMessage payload = EventPayloads.read(event, MatrixCampaignMessage.class);
        if (payload.campaignId() == null || payload.campaignId().isBlank()) {
            throw unreadable(event, "names no campaign");
        }
        return payload;
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
}
