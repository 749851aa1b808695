package org.atelier.reporting.matrix.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The part of survey-service's {@code SurveyCampaignOpened}, {@code SurveySubmitted} and {@code SurveyCampaignClosed}
 * (v1) this service reads, in one shape: they share the campaign id; an opening adds what it froze, a submission its
 * response, a closing its time. Reporting keeps its own copy of the contract and ignores fields it does not know.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record MatrixCampaignMessage(String campaignId, String title, LocalDate endsOn, List<Task> tasks, List<Department> departments,
                             Integer invitedTotal, Instant openedAt, String responseId, String level, String department, List<Cell> cells,
                             String closedBy, Instant closedAt) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Task(String code, String nameEn, String nameRu, List<String> reasons) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Department(String code, String nameEn, String nameRu) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Cell(String task, String department, String mark) {
    }
}
