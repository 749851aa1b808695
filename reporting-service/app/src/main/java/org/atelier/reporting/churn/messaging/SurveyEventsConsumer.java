package org.atelier.reporting.churn.messaging;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.atelier.events.envelope.EventType;
import org.atelier.inbox.IncomingEvent;
import org.atelier.reporting.churn.InterviewFact;
import org.atelier.reporting.churn.InterviewFact.Kind;
import org.atelier.reporting.churn.application.ProjectingInterviews;
import org.atelier.reporting.freshness.messaging.EventsSeen;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.Message;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads survey-service's topic into the exit-interview read model. Event types it has no use for are skipped; a
 * message that is not a readable event fails without retry and lands in the dead-letter topic.
 */
public class SurveyEventsConsumer implements Consumer<Message<byte[]>> {

    private static final Logger log = LoggerFactory.getLogger(SurveyEventsConsumer.class);
    private static final EventType OPENED = EventType.parse("org.atelier.survey.ExitInterviewOpened.v1");
    private static final EventType ATTEMPT = EventType.parse("org.atelier.survey.ExitInterviewAttemptLogged.v1");
    private static final EventType COMPLETED = EventType.parse("org.atelier.survey.ExitInterviewCompleted.v1");
    private static final EventType DECLINED = EventType.parse("org.atelier.survey.ExitInterviewDeclined.v1");
    private static final EventType CLOSED = EventType.parse("org.atelier.survey.ExitInterviewClosed.v1");
    private static final Map<EventType, Kind> KINDS = Map.of(OPENED, Kind.OPENED, ATTEMPT, Kind.ATTEMPT, COMPLETED, Kind.COMPLETED,
            DECLINED, Kind.DECLINED);

    private final ProjectingInterviews projecting;
    private final JsonMapper json = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private final EventsSeen seen;

    public SurveyEventsConsumer(ProjectingInterviews projecting) {
        this(projecting, EventsSeen.NONE);
    }

    /** @param seen told of every event done with, for the freshness view */
    public SurveyEventsConsumer(ProjectingInterviews projecting, EventsSeen seen) {
        this.projecting = projecting;
        this.seen = seen;
    }

    @Override
    public void accept(Message<byte[]> message) {
        IncomingEvent event = IncomingEvent.from(message);
        EventType type = event.metadata().type();
        if (!KINDS.containsKey(type) && !CLOSED.equals(type)) {
            log.debug("Skipping {} {}", type, event.id());
            seen.notUsed(message, event);
            return;
        }
        ExitInterviewMessage payload = read(event);
        Kind kind = CLOSED.equals(type) ? closing(event, payload) : KINDS.get(type);
        if (!projecting.apply(toFact(event, kind, payload))) {
            log.info("{} {} was already applied; redelivery ignored", type, event.id());
        }
        seen.applied(message, event);
    }

    private ExitInterviewMessage read(IncomingEvent event) {
        try {
            ExitInterviewMessage payload = json.readValue(event.payload(), ExitInterviewMessage.class);
            if (payload.caseId() == null || payload.customerId() == null || payload.lostOn() == null) {
                throw new UnreadableEvent(event.metadata().type() + " " + event.id() + " lacks caseId, customerId or lostOn", null);
            }
            return payload;
        } catch (JacksonException e) {
            throw new UnreadableEvent(event.metadata().type() + " " + event.id() + " is not valid JSON for its contract", e);
        }
    }

    private static Kind closing(IncomingEvent event, ExitInterviewMessage payload) {
        return switch (Optional.ofNullable(payload.outcome()).orElse("")) {
            case "UNREACHABLE" -> Kind.UNREACHABLE;
            case "REGAINED" -> Kind.REGAINED;
            case "WITHDRAWN" -> Kind.WITHDRAWN;
            default -> throw new UnreadableEvent("ExitInterviewClosed " + event.id() + " has no known outcome", null);
        };
    }

    private static InterviewFact toFact(IncomingEvent event, Kind kind, ExitInterviewMessage payload) {
        if (kind != Kind.COMPLETED) {
            return InterviewFact.of(event.id(), payload.caseId(), kind, payload.customerId(), payload.lostOn());
        }
        List<ExitInterviewMessage.Reason> reasons = payload.reasons() == null ? List.of() : payload.reasons();
        String primary = reasons.stream().filter(ExitInterviewMessage.Reason::primary).map(ExitInterviewMessage.Reason::code)
                .findFirst().orElseThrow(() -> new UnreadableEvent("ExitInterviewCompleted " + event.id() + " has no primary reason", null));
        List<String> departments = reasons.stream()
                .flatMap(reason -> reason.departmentsAtFault() == null ? Stream.<String>empty() : reason.departmentsAtFault().stream())
                .distinct().sorted().toList();
        return new InterviewFact(event.id(), payload.caseId(), kind, payload.customerId(), payload.lostOn(), payload.channel(), primary,
                reasons.stream().map(ExitInterviewMessage.Reason::code).toList(), departments);
    }
}
