package org.atelier.survey.events;

import java.util.List;
import org.atelier.events.envelope.EventType;

/** What survey-service publishes, and where. */
public final class SurveyEvents {

    /**
     * Every survey event goes to this topic, keyed by the aggregate id (the exit-interview case id, or the matrix
     * campaign id), so one case's or one campaign's events stay in order.
     */
    public static final String TOPIC = "atelier.survey.events";
    public static final String SERVICE = "survey";

    public static final EventType EXIT_INTERVIEW_OPENED_V1 = new EventType(SERVICE, "ExitInterviewOpened", 1);
    public static final EventType EXIT_INTERVIEW_ATTEMPT_LOGGED_V1 = new EventType(SERVICE, "ExitInterviewAttemptLogged", 1);
    public static final EventType EXIT_INTERVIEW_COMPLETED_V1 = new EventType(SERVICE, "ExitInterviewCompleted", 1);
    public static final EventType EXIT_INTERVIEW_DECLINED_V1 = new EventType(SERVICE, "ExitInterviewDeclined", 1);
    public static final EventType EXIT_INTERVIEW_CLOSED_V1 = new EventType(SERVICE, "ExitInterviewClosed", 1);

    public static final EventType SURVEY_CAMPAIGN_OPENED_V1 = new EventType(SERVICE, "SurveyCampaignOpened", 1);
    public static final EventType SURVEY_SUBMITTED_V1 = new EventType(SERVICE, "SurveySubmitted", 1);
    public static final EventType SURVEY_CAMPAIGN_CLOSED_V1 = new EventType(SERVICE, "SurveyCampaignClosed", 1);

    public static final List<EventType> ALL = List.of(EXIT_INTERVIEW_OPENED_V1, EXIT_INTERVIEW_ATTEMPT_LOGGED_V1, EXIT_INTERVIEW_COMPLETED_V1,
            EXIT_INTERVIEW_DECLINED_V1, EXIT_INTERVIEW_CLOSED_V1, SURVEY_CAMPAIGN_OPENED_V1, SURVEY_SUBMITTED_V1, SURVEY_CAMPAIGN_CLOSED_V1);

    private SurveyEvents() {
    }

    /** Classpath location of an event's JSON Schema, the source of truth for its payload. */
    public static String schemaResource(EventType type) {
        return "schemas/" + SERVICE + "/" + type.schemaFileName();
    }

    /** Classpath location of an event's golden sample message (key, headers and payload). */
    public static String sampleResource(EventType type) {
        return "samples/" + SERVICE + "/" + type.schemaFileName();
    }
}
