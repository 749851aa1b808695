package org.atelier.reporting.freshness.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.atelier.reporting.freshness.Freshness;
import org.atelier.reporting.freshness.application.BuildingFreshness;
import org.atelier.security.CurrentUser;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/reports", produces = MediaType.APPLICATION_JSON_VALUE)
@SecurityRequirement(name = "bearer")
@Tag(name = "Reports", description = "Read models for the management dashboards")
class FreshnessController {

    private final BuildingFreshness building;

    FreshnessController(BuildingFreshness building) {
        this.building = building;
    }

    @GetMapping("/freshness")
    @Operation(summary = "How fresh the read models are, per topic: the time of the last event applied, when it was applied, the "
            + "consumer lag (records not yet consumed, per consumer group) and the events skipped as of an unknown type or version",
            description = "Every JSON report response carries the same object as its freshness member. The lag is at most a couple "
                    + "of seconds old; null when the broker did not answer")
    Freshness freshness(@Parameter(hidden = true) CurrentUser caller) {
        return building.forCaller(caller);
    }
}
