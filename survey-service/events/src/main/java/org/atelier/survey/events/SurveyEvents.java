package org.atelier.survey.events;

/** What survey-service publishes, and where. Its event types are added here as its features land. */
public final class SurveyEvents {

    /** Every survey event goes to this topic, keyed by the aggregate id. */
    public static final String TOPIC = "atelier.survey.events";
    public static final String SERVICE = "survey";

    private SurveyEvents() {
    }
}
