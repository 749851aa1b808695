package org.atelier.reporting.churn.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.util.Optional;
import org.atelier.reporting.churn.ChurnPeriod;
import org.atelier.reporting.churn.ChurnReport;
import org.atelier.reporting.churn.ExitInterviewReport;
import org.atelier.reporting.churn.application.BuildingChurnReport;
import org.atelier.reporting.churn.application.BuildingExitInterviewReport;
import org.atelier.reporting.table.web.ReportTableCsvConverter;
import org.atelier.security.CurrentUser;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/reports", produces = {MediaType.APPLICATION_JSON_VALUE, ReportTableCsvConverter.TEXT_CSV_VALUE})
@SecurityRequirement(name = "bearer")
@Tag(name = "Reports", description = "Read models for the management dashboards")
class ChurnReportController {

    private final BuildingChurnReport buildingChurnReport;
    private final BuildingExitInterviewReport buildingExitInterviewReport;

    ChurnReportController(BuildingChurnReport buildingChurnReport, BuildingExitInterviewReport buildingExitInterviewReport) {
        this.buildingChurnReport = buildingChurnReport;
        this.buildingExitInterviewReport = buildingExitInterviewReport;
    }

    @GetMapping("/exit-interviews")
    @Operation(summary = "The year's exit round: the funnel of the cases opened for its losses, the interview rate beside the "
            + "article's 25-30 % (basis points, rounded down), and sales' reasons beside the customers' own")
    ExitInterviewReport exitInterviews(@Parameter(hidden = true) CurrentUser caller, @RequestParam @Min(1990) @Max(2999) int year) {
        return buildingExitInterviewReport.forYear(caller, year);
    }

    @GetMapping("/churn")
    @Operation(summary = "Customers lost in a year or quarter, by significance, reason, department at fault and competitor, "
            + "with the staff-attitude share for key customers and for all (basis points, rounded down)")
    ChurnReport churn(@Parameter(hidden = true) CurrentUser caller,
                      @RequestParam @Min(1990) @Max(2999) int year,
                      @Parameter(description = "1 to 4; the whole year when absent") @RequestParam(required = false) @Min(1) @Max(4) Integer quarter,
                      @Parameter(description = "KEY or REGULAR, as the loss recorded it; all when absent")
                      @RequestParam(required = false) @Pattern(regexp = "KEY|REGULAR") String significance) {
        return buildingChurnReport.forPeriod(caller, new ChurnPeriod(year, Optional.ofNullable(quarter), Optional.ofNullable(significance)));
    }
}
