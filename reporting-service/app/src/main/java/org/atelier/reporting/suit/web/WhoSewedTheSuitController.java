package org.atelier.reporting.suit.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.Optional;
import org.atelier.reporting.suit.WhoSewedTheSuitReport;
import org.atelier.reporting.suit.application.BuildingWhoSewedTheSuit;
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
class WhoSewedTheSuitController {

    private final BuildingWhoSewedTheSuit building;

    WhoSewedTheSuitController(BuildingWhoSewedTheSuit building) {
        this.building = building;
    }

    @GetMapping("/who-sewed-the-suit")
    @Operation(summary = "Why the period's customers left, against the latest closed matrix campaign: per reason the losses and "
            + "interviews naming it, the tasks linked to it with their consensus owner, flags and blind spots, and the departments "
            + "named at fault, with those the matrix forgot")
    WhoSewedTheSuitReport whoSewedTheSuit(@Parameter(hidden = true) CurrentUser caller,
                                          @RequestParam @Min(1990) @Max(2999) int year,
                                          @Parameter(description = "1 to 4; the whole year when absent")
                                          @RequestParam(required = false) @Min(1) @Max(4) Integer quarter) {
        return building.forPeriod(caller, year, Optional.ofNullable(quarter));
    }
}
