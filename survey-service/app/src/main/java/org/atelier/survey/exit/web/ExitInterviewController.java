package org.atelier.survey.exit.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.atelier.security.CurrentUser;
import org.atelier.survey.exit.ExitRound;
import org.atelier.survey.exit.application.FindingCases;
import org.atelier.survey.exit.application.WorkingCases;
import org.springframework.http.MediaType;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@RequestMapping(path = "/api", produces = MediaType.APPLICATION_JSON_VALUE)
@SecurityRequirement(name = "bearer")
@Tag(name = "Exit interviews", description = "One case per lost customer: reaching the former customer and asking what did not work")
class ExitInterviewController {

    private final FindingCases finding;
    private final WorkingCases working;

    ExitInterviewController(FindingCases finding, WorkingCases working) {
        this.finding = finding;
        this.working = working;
    }

    @GetMapping("/exit-interviews")
    @Operation(summary = "My worklist: the cases assigned to me and, for a department head, those of my department; open ones first")
    List<CaseResponse> worklist(@Parameter(hidden = true) CurrentUser caller) {
        return finding.worklist(caller).stream().map(c -> CaseResponse.of(c, finding.today())).toList();
    }

    @GetMapping("/exit-interviews/{id}")
    @Operation(summary = "One case", description = "Its assignee, a head of their department, top management, administrators and "
            + "other systems (machine token)")
    CaseResponse show(@Parameter(hidden = true) CurrentUser caller, @PathVariable String id) {
        return CaseResponse.of(finding.caseFor(caller, id), finding.today());
    }

    @PostMapping(path = "/exit-interviews/{id}/attempts", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Log an attempt to reach the former customer",
            description = "The assignee or a head of their department. DECLINED closes the case (ExitInterviewDeclined v1); the configured "
                    + "number of NO_ANSWER attempts closes it as unreachable (ExitInterviewClosed v1). Publishes ExitInterviewAttemptLogged v1")
    CaseResponse logAttempt(@Parameter(hidden = true) CurrentUser caller, @PathVariable String id, @Valid @RequestBody LogAttemptRequest request) {
        return CaseResponse.of(working.logAttempt(caller, id, request.channel(), request.on(), request.outcome()), finding.today());
    }

    @PostMapping(path = "/exit-interviews/{id}/interview", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record the interview and its questionnaire; the case closes as completed",
            description = "The assignee or a head of their department. Reasons use the loss taxonomy's codes, exactly one primary; "
                    + "departments at fault for STAFF_ATTITUDE only. Publishes ExitInterviewAttemptLogged v1 and ExitInterviewCompleted v1")
    CaseResponse interview(@Parameter(hidden = true) CurrentUser caller, @PathVariable String id, @Valid @RequestBody InterviewRequest request) {
        return CaseResponse.of(working.completeByInterview(caller, id, request.channel(), request.on(), request.questionnaire()), finding.today());
    }

    @GetMapping("/exit-rounds/{year}")
    @Operation(summary = "The year's exit round: every case of a loss that year, the funnel against the 25–30 % benchmark, each assignee's open and overdue cases",
            description = "Top management, administrators and other systems (machine token)")
    ExitRoundResponse exitRound(@Parameter(hidden = true) CurrentUser caller, @PathVariable @Min(1990) @Max(2999) int year) {
        ExitRound round = finding.exitRound(caller, year);
        return new ExitRoundResponse(round.year(), round.funnel(), round.interviewRateBasisPoints(), ExitRound.BENCHMARK_LOW_BASIS_POINTS,
                ExitRound.BENCHMARK_HIGH_BASIS_POINTS, round.benchmarkMet(), round.assignees(),
                round.cases().stream().map(c -> CaseResponse.of(c, finding.today())).toList());
    }

    record ExitRoundResponse(int year, ExitRound.Funnel funnel, int interviewRateBasisPoints, int benchmarkLowBasisPoints,
                             int benchmarkHighBasisPoints, boolean benchmarkMet, List<ExitRound.AssigneeLoad> assignees,
                             List<CaseResponse> cases) {
    }
}
