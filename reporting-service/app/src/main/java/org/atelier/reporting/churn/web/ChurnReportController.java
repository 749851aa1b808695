package org.atelier.reporting.churn.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.atelier.reporting.churn.ChurnReport;
import org.atelier.reporting.churn.application.BuildingChurnReport;
import org.atelier.security.CurrentUser;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/reports", produces = MediaType.APPLICATION_JSON_VALUE)
@SecurityRequirement(name = "bearer")
@Tag(name = "Reports", description = "Read models for the management dashboards")
class ChurnReportController {

    private final BuildingChurnReport buildingChurnReport;

    ChurnReportController(BuildingChurnReport buildingChurnReport) {
        this.buildingChurnReport = buildingChurnReport;
    }

    @GetMapping("/churn")
    @Operation(summary = "Customers lost in a year, by reason, department at fault and competitor")
    ChurnReport churn(@Parameter(hidden = true) CurrentUser caller, @RequestParam @Min(1990) @Max(2999) int year) {
        return buildingChurnReport.forYear(caller, year);
    }
}
