package org.atelier.survey.events;

import java.util.List;

/**
 * One respondent's matrix. Payload of {@code org.atelier.survey.SurveySubmitted.v1}. The response id is random and
 * the respondent is only their level and department at the opening: nothing here leads back to a person.
 *
 * @param cells every marked cell; a task × department pair not listed is empty (the value <i>none</i>)
 */
public record SurveySubmittedV1(String responseId, String campaignId, String level, String department, List<Cell> cells) {

    /** @param mark {@code P} (participates, «У») or {@code R} (responsible for preparing the decision, «О») */
    public record Cell(String task, String department, String mark) {
    }
}
