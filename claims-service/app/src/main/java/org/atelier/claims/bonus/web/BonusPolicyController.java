package org.atelier.claims.bonus.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.atelier.claims.bonus.BonusPolicy;
import org.atelier.claims.bonus.application.SettingBonusPolicy;
import org.atelier.security.CurrentUser;
import org.springframework.http.MediaType;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@RequestMapping(path = "/api/bonus-policies", produces = MediaType.APPLICATION_JSON_VALUE)
@SecurityRequirement(name = "bearer")
@Tag(name = "Bonus policy", description = "How an upheld claim moves bonus money in a year, in basis points")
class BonusPolicyController {

    /** The bounds are checked again by the policy itself, whoever sets it; here they give the API's schema. */
    record PolicyRequest(@NotNull @Min(0) @Max(10_000) Integer deductionRatio,
                         @NotNull @Min(0) @Max(9_999) Integer compensationRatio,
                         @NotNull @Min(0) @Max(9_999) Integer redistributionRatio) {
    }

    private final SettingBonusPolicy setting;

    BonusPolicyController(SettingBonusPolicy setting) {
        this.setting = setting;
    }

    @GetMapping
    @Operation(summary = "The policies set, latest year first")
    List<BonusPolicy> all(@Parameter(hidden = true) CurrentUser caller) {
        return setting.all(caller);
    }

    @GetMapping("/{year}")
    @Operation(summary = "A year's policy; the defaults (5 000 each) when none was set")
    BonusPolicy of(@Parameter(hidden = true) CurrentUser caller, @PathVariable @Min(2000) @Max(2100) int year) {
        return setting.of(caller, year);
    }

    @PutMapping(path = "/{year}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Set a year's policy", description = "Top management or finance. Compensation and redistribution 0…9 999, "
            + "deduction 0…10 000 basis points. Publishes BonusPolicySet v1")
    BonusPolicy set(@Parameter(hidden = true) CurrentUser caller, @PathVariable @Min(2000) @Max(2100) int year, @Valid @RequestBody PolicyRequest r) {
        return setting.set(caller, year, r.deductionRatio(), r.compensationRatio(), r.redistributionRatio());
    }
}
