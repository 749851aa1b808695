package org.atelier.reporting.pool.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.Optional;
import org.atelier.reporting.pool.GateRule;
import org.atelier.reporting.pool.PoolReport;
import org.atelier.reporting.pool.WhatIf;
import org.atelier.reporting.pool.application.BuildingPoolReport;
import org.atelier.reporting.table.web.ReportTableCsvConverter;
import org.atelier.security.CurrentUser;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/reports", produces = {MediaType.APPLICATION_JSON_VALUE, ReportTableCsvConverter.TEXT_CSV_VALUE})
@SecurityRequirement(name = "bearer")
@Tag(name = "Reports", description = "Read models for the management dashboards")
class PoolController {

    /** The inputs a what-if changes; each absent one stays as the read models have it. The bounds keep the arithmetic exact. */
    record WhatIfRequest(@Schema(description = "The year's revenue, minor units") @Min(0) @Max(Long.MAX_VALUE / 10_000) Long revenueMinor,
                         @Schema(description = "The year's margin, minor units; may be negative")
                         @Min(-Long.MAX_VALUE / 20_000) @Max(Long.MAX_VALUE / 20_000) Long marginMinor,
                         @Min(0) @Max(10_000_000) Integer headcount,
                         @Min(0) @Max(100_000_000) Integer loyalCustomers,
                         @Min(0) @Max(100_000_000) Integer loyalKeyCustomers,
                         GateRule gateRule,
                         @Schema(description = "Basis points") @Min(0) @Max(10_000) Integer marginGrowthShareBp) {

        WhatIf change() {
            return new WhatIf(Optional.ofNullable(revenueMinor), Optional.ofNullable(marginMinor), Optional.ofNullable(headcount),
                    Optional.ofNullable(loyalCustomers), Optional.ofNullable(loyalKeyCustomers), Optional.ofNullable(gateRule),
                    Optional.ofNullable(marginGrowthShareBp));
        }
    }

    private final BuildingPoolReport building;

    PoolController(BuildingPoolReport building) {
        this.building = building;
    }

    @GetMapping("/pool/{year}")
    @Operation(summary = "The annual pool of a year: the gate's indicators against plan and previous year, the pool and the payout "
            + "(minor units)")
    PoolReport pool(@Parameter(hidden = true) CurrentUser caller, @PathVariable @Min(1990) @Max(2999) int year) {
        return building.forYear(caller, year);
    }

    // JSON only: a what-if is two reports side by side, not one table.
    @PostMapping(path = "/pool/{year}/what-if", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The same year's pool with some inputs changed, stored nowhere, beside the real one",
            description = "A POST because the changed inputs are a body; nothing is stored. An empty object changes nothing")
    BuildingPoolReport.WithWhatIf whatIf(@Parameter(hidden = true) CurrentUser caller, @PathVariable @Min(1990) @Max(2999) int year,
                                         @Valid @RequestBody WhatIfRequest request) {
        return building.whatIf(caller, year, request.change());
    }

    /** The report's first address, kept for the dashboards that call it. */
    @GetMapping("/pool")
    @Operation(summary = "The same report as /api/reports/pool/{year}, at its former address", deprecated = true)
    PoolReport poolByQuery(@Parameter(hidden = true) CurrentUser caller, @RequestParam @Min(1990) @Max(2999) int year) {
        return building.forYear(caller, year);
    }

    /** The what-if's first address, kept for the dashboards that call it. */
    @GetMapping(path = "/pool/what-if", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The same what-if as POST /api/reports/pool/{year}/what-if, with the inputs as query parameters", deprecated = true)
    BuildingPoolReport.WithWhatIf whatIfByQuery(@Parameter(hidden = true) CurrentUser caller,
                                                @RequestParam @Min(1990) @Max(2999) int year,
                                                @RequestParam(required = false) @Min(0) @Max(Long.MAX_VALUE / 10_000) Long revenueMinor,
                                                @RequestParam(required = false) @Min(-Long.MAX_VALUE / 20_000) @Max(Long.MAX_VALUE / 20_000) Long marginMinor,
                                                @RequestParam(required = false) @Min(0) @Max(10_000_000) Integer headcount,
                                                @RequestParam(required = false) @Min(0) @Max(100_000_000) Integer loyalCustomers,
                                                @RequestParam(required = false) @Min(0) @Max(100_000_000) Integer loyalKeyCustomers,
                                                @RequestParam(required = false) GateRule gateRule,
                                                @RequestParam(required = false) @Min(0) @Max(10_000) Integer marginGrowthShareBp) {
        return building.whatIf(caller, year, new WhatIfRequest(revenueMinor, marginMinor, headcount, loyalCustomers, loyalKeyCustomers,
                gateRule, marginGrowthShareBp).change());
    }
}
