package org.atelier.reporting.churn.messaging;

import static org.atelier.reporting.projection.EventPayloads.unreadable;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.atelier.events.envelope.EventType;
import org.atelier.inbox.IncomingEvent;
import org.atelier.reporting.churn.InterviewFact;
import org.atelier.reporting.churn.InterviewFact.Kind;
import org.atelier.reporting.churn.application.ProjectingInterviews;
import org.atelier.reporting.freshness.messaging.EventsSeen;
import org.atelier.reporting.projection.EventDispatcher;
import org.atelier.reporting.projection.EventPayloads;

/**
 * Reads survey-service's topic into the exit-interview read model. Event types it has no use for are skipped; a
 * message that is not a readable event fails without retry and lands in the dead-letter topic.
 */
public class SurveyEventsConsumer extends EventDispatcher {

    private static final EventType OPENED = EventType.parse("org.atelier.survey.ExitInterviewOpened.v1");
    private static final EventType ATTEMPT = EventType.parse("org.atelier.survey.ExitInterviewAttemptLogged.v1");
    private static final EventType COMPLETED = EventType.parse("org.atelier.survey.ExitInterviewCompleted.v1");
    private static final EventType DECLINED = EventType.parse("org.atelier.survey.ExitInterviewDeclined.v1");
    private static final EventType CLOSED = EventType.parse("org.atelier.survey.ExitInterviewClosed.v1");

    public SurveyEventsConsumer(ProjectingInterviews projecting) {
        this(projecting, EventsSeen.NONE);
    }

    /** @param seen told of every event done with, for the freshness view */
    public SurveyEventsConsumer(ProjectingInterviews projecting, EventsSeen seen) {
        super(seen);
        Applier<InterviewFact> facts = projecting::applyAll;
        on(OPENED, event -> toFact(event, Kind.OPENED, read(event)), facts);
        on(ATTEMPT, event -> toFact(event, Kind.ATTEMPT, read(event)), facts);
        on(COMPLETED, event -> toFact(event, Kind.COMPLETED, read(event)), facts);
        on(DECLINED, event -> toFact(event, Kind.DECLINED, read(event)), facts);
        on(CLOSED, event -> {
            ExitInterviewMessage payload = read(event);
            return toFact(event, closing(event, payload), payload);
        }, facts);
    }

    private static ExitInterviewMessage read(IncomingEvent event) {
        ExitInterviewMessage payload = EventPayloads.read(event, ExitInterviewMessage.class);
        if (payload.caseId() == null || payload.customerId() == null || payload.lostOn() == null) {
            throw unreadable(event, "lacks caseId, customerId or lostOn");
        }
        return payload;
    }

    private static Kind closing(IncomingEvent event, ExitInterviewMessage payload) {
        return switch (Optional.ofNullable(payload.outcome()).orElse("")) {
            case "UNREACHABLE" -> Kind.UNREACHABLE;
            case "REGAINED" -> Kind.REGAINED;
            case "WITHDRAWN" -> Kind.WITHDRAWN;
            default -> throw unreadable(event, "has no known outcome");
        };
    }

    private static InterviewFact toFact(IncomingEvent event, Kind kind, ExitInterviewMessage payload) {
        if (kind != Kind.COMPLETED) {
            return InterviewFact.of(event.id(), payload.caseId(), kind, payload.customerId(), payload.lostOn());
        }
        List<ExitInterviewMessage.Reason> reasons = payload.reasons() == null ? List.of() : payload.reasons();
        String primary = reasons.stream().filter(ExitInterviewMessage.Reason::primary).map(ExitInterviewMessage.Reason::code)
                .findFirst().orElseThrow(() -> unreadable(event, "has no primary reason"));
        List<String> departments = reasons.stream()
                .flatMap(reason -> reason.departmentsAtFault() == null ? Stream.<String>empty() : reason.departmentsAtFault().stream())
                .distinct().sorted().toList();
        return new InterviewFact(event.id(), payload.caseId(), kind, payload.customerId(), payload.lostOn(), payload.channel(), primary,
                reasons.stream().map(ExitInterviewMessage.Reason::code).toList(), departments);
    }
}
