package org.atelier.survey.exit.messaging;

import java.time.Instant;
import org.atelier.events.envelope.EventMetadata;
import org.atelier.events.envelope.EventType;
import org.atelier.outbox.OutboxMessage;
import org.atelier.survey.events.ExitInterviewAttemptLoggedV1;
import org.atelier.survey.events.ExitInterviewClosedV1;
import org.atelier.survey.events.ExitInterviewCompletedV1;
import org.atelier.survey.events.ExitInterviewDeclinedV1;
import org.atelier.survey.events.ExitInterviewOpenedV1;
import org.atelier.survey.events.SurveyEvents;
import org.atelier.survey.exit.ExitInterview;
import org.atelier.survey.exit.ExitInterviewEvent;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns a case's domain events into the published contract (survey-events), ready for the outbox. No username goes
 * out: the reports count cases per year and outcome, and the questionnaire's free comment stays in the case.
 */
public class ExitInterviewEventTranslator {

    private final JsonMapper json;
    private final String topic;

    public ExitInterviewEventTranslator(JsonMapper json, String topic) {
        this.json = json;
        this.topic = topic;
    }

    public OutboxMessage toOutbox(ExitInterview c, ExitInterviewEvent event, Instant now) {
        if (event instanceof ExitInterviewEvent.Opened opened) {
            return message(SurveyEvents.EXIT_INTERVIEW_OPENED_V1, event,
                    new ExitInterviewOpenedV1(c.id(), c.customerId(), c.customerName(), c.significance(), c.lostOn(), c.dueOn(),
                            c.customerDepartment(), opened.occurredAt()), now);
        }
        if (event instanceof ExitInterviewEvent.AttemptLogged logged) {
            return message(SurveyEvents.EXIT_INTERVIEW_ATTEMPT_LOGGED_V1, event,
                    new ExitInterviewAttemptLoggedV1(c.id(), c.customerId(), c.lostOn(), logged.attempt().number(),
                            logged.attempt().channel().name(), logged.attempt().on(), logged.attempt().outcome().name(), logged.occurredAt()), now);
        }
        if (event instanceof ExitInterviewEvent.Completed completed) {
            return message(SurveyEvents.EXIT_INTERVIEW_COMPLETED_V1, event,
                    new ExitInterviewCompletedV1(c.id(), c.customerId(), c.lostOn(), completed.channel().name(),
                            completed.questionnaire().reasons().stream()
                                    .map(r -> new ExitInterviewCompletedV1.Reason(r.code().name(), r.primary(), r.departmentsAtFault())).toList(),
                            completed.questionnaire().wouldHaveKept(), completed.questionnaire().wouldReturn().name(), completed.on(),
                            completed.occurredAt()), now);
        }
        if (event instanceof ExitInterviewEvent.Declined declined) {
            return message(SurveyEvents.EXIT_INTERVIEW_DECLINED_V1, event,
                    new ExitInterviewDeclinedV1(c.id(), c.customerId(), c.lostOn(), declined.attempts(), declined.on(), declined.occurredAt()), now);
        }
        if (event instanceof ExitInterviewEvent.Closed closed) {
            return message(SurveyEvents.EXIT_INTERVIEW_CLOSED_V1, event,
                    new ExitInterviewClosedV1(c.id(), c.customerId(), c.lostOn(), closed.outcome().name(), closed.attempts(), closed.on(),
                            closed.occurredAt()), now);
        }
        throw new IllegalArgumentException("No contract for " + event);
    }

    private OutboxMessage message(EventType type, ExitInterviewEvent event, Object payload, Instant now) {
        EventMetadata metadata = EventMetadata.newEvent(type, event.caseId(), event.occurredAt());
        return OutboxMessage.of(metadata, topic, json.writeValueAsString(payload), now);
    }
}
