package org.atelier.loyalty.programme.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.atelier.loyalty.programme.LoyaltyProgramme;
import org.atelier.loyalty.programme.ProgrammeChangedMeanwhile;
import org.atelier.loyalty.programme.ProgrammeTerms;
import org.atelier.loyalty.programme.application.RevisingProgramme;
import org.atelier.security.CurrentUser;
import org.atelier.web.problems.Problems;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/loyalty-programme", produces = MediaType.APPLICATION_JSON_VALUE)
@SecurityRequirement(name = "bearer")
@Tag(name = "Loyalty programme", description = "Points, their value and expiry, and the discount tiers (marketing)")
class ProgrammeController {

    record TierBody(@Schema(example = "Gold") @NotBlank String name, @Schema(example = "5000") @NotNull Long thresholdPoints,
                    @Schema(example = "5") @NotNull Integer discountPercent) {
    }

    /** The terms; the range checks live in the domain, so the API and the pages refuse the same things. */
    record TermsBody(@Schema(example = "RUB") @NotBlank @Size(min = 3, max = 3) String currency,
                     @Schema(description = "Points earned for each full accrualStepMinorUnits spent", example = "1") @NotNull Integer accrualPoints,
                     @Schema(description = "Spend, in minor units, that earns accrualPoints", example = "10000") @NotNull Long accrualStepMinorUnits,
                     @Schema(description = "What one redeemed point takes off an invoice, in minor units", example = "100") @NotNull Long pointValueMinorUnits,
                     @Schema(example = "24") @NotNull Integer pointsExpireAfterMonths,
                     @Schema(description = "Months over which tier points are counted", example = "12") @NotNull Integer tierWindowMonths,
                     @NotEmpty @Size(max = ProgrammeTerms.MAX_TIERS) List<@Valid @NotNull TierBody> tiers) {
    }

    record ProgrammeResponse(TermsBody terms, String revisedBy, Instant revisedAt) {

        static ProgrammeResponse of(LoyaltyProgramme programme) {
            ProgrammeTerms terms = programme.terms();
            return new ProgrammeResponse(new TermsBody(terms.currency().getCurrencyCode(), terms.accrualPoints(),
                    terms.accrualStepMinorUnits(), terms.pointValueMinorUnits(), terms.pointsExpireAfterMonths(), terms.tierWindowMonths(),
                    terms.tiers().stream().map(tier -> new TierBody(tier.name(), tier.thresholdPoints(), tier.discountPercent())).toList()),
                    programme.revisedBy(), programme.revisedAt());
        }
    }

    private final RevisingProgramme revising;

    ProgrammeController(RevisingProgramme revising) {
        this.revising = revising;
    }

    @GetMapping
    @Operation(summary = "The programme in force", description = "The defaults until marketing first revises them (revisedBy is then null)")
    ProgrammeResponse current() {
        return ProgrammeResponse.of(revising.current());
    }

    @PutMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Revise the programme (marketing)",
            description = "Applies from now on; points already earned keep their expiry. Publishes LoyaltyProgrammeRevised v1")
    ProgrammeResponse revise(@Parameter(hidden = true) CurrentUser caller, @Valid @RequestBody TermsBody body) {
        return ProgrammeResponse.of(revising.revise(new RevisingProgramme.Command(caller, body.currency(), body.accrualPoints(),
                body.accrualStepMinorUnits(), body.pointValueMinorUnits(), body.pointsExpireAfterMonths(), body.tierWindowMonths(),
                body.tiers().stream().map(tier -> new RevisingProgramme.Tier(tier.name(), tier.thresholdPoints(), tier.discountPercent()))
                        .toList())));
    }

    @ExceptionHandler(ProgrammeChangedMeanwhile.class)
    ProblemDetail changedMeanwhile(ProgrammeChangedMeanwhile conflict) {
        return Problems.conflict(conflict.getMessage());
    }
}
