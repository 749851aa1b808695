package org.atelier.reporting.claims.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.atelier.reporting.claims.ClaimOutcomesReport;
import org.atelier.reporting.claims.application.BuildingClaimOutcomesReport;
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
class ClaimOutcomesController {

    private final BuildingClaimOutcomesReport building;

    ClaimOutcomesController(BuildingClaimOutcomesReport building) {
        this.building = building;
    }

    @GetMapping("/claims")
    @Operation(summary = "How the year's internal claims and commendation acts ended, per department and in total, with the "
            + "money moved (minor units per currency) and the median days from filing to decision")
    ClaimOutcomesReport claims(@Parameter(hidden = true) CurrentUser caller, @RequestParam @Min(1990) @Max(2999) int year) {
        return building.forYear(caller, year);
    }

    /** The report's first address, kept for the dashboards that call it. */
    @GetMapping("/claim-outcomes")
    @Operation(summary = "The same report as /api/reports/claims, at its former address", deprecated = true)
    ClaimOutcomesReport claimOutcomes(@Parameter(hidden = true) CurrentUser caller, @RequestParam @Min(1990) @Max(2999) int year) {
        return claims(caller, year);
    }
}
