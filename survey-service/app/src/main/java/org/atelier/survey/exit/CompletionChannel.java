package org.atelier.survey.exit;

/** How the questionnaire was answered. */
public enum CompletionChannel {
    INTERVIEW,
    SELF_SERVICE
}
