package org.atelier.claims.claim.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.atelier.claims.claim.Claim;
import org.atelier.claims.claim.ClaimDecision;
import org.atelier.claims.claim.Evidence;
import org.atelier.claims.claim.application.FilingClaims;
import org.atelier.claims.common.Money;
import org.atelier.claims.common.web.Transitions;
import org.atelier.security.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/claims", produces = MediaType.APPLICATION_JSON_VALUE)
@SecurityRequirement(name = "bearer")
@Tag(name = "Claims", description = "Internal claims between departments, decided at the heads' meeting")
class ClaimController {

    static final String DEPARTMENT = "^[a-z][a-z0-9-]{1,39}$";

    record EvidenceRequest(@NotBlank @Size(max = 1000) String description, @Size(max = 2000) @Schema(description = "http(s) address") String link) {
    }

    record FileClaimRequest(
            @Pattern(regexp = DEPARTMENT) @Schema(description = "The caller's own department; defaults to it") String claimantDepartment,
            @NotNull @Pattern(regexp = DEPARTMENT) String respondentDepartment,
            @NotBlank @Size(max = 64) @Schema(description = "The regulation broken; the version in force on happenedOn is cited") String regulationId,
            @NotBlank @Size(max = 4000) String whatHappened,
            @NotNull LocalDate happenedOn,
            @Size(max = 64) @Schema(description = "The related customer: an id GET /api/customers?q= found by name") String customerId,
            @Size(max = 100) String contractReference,
            @NotBlank @Size(max = 4000) @Schema(description = "The consequences for the relationship with the customer") String customerConsequences,
            @NotBlank @Size(max = 200) String planIndicator,
            @NotBlank @Size(min = 3, max = 3) @Schema(example = "RUB") String currency,
            @NotNull @Positive @Max(Money.MAX_MINOR_UNITS) @Schema(description = "Minor currency units") Long claimedShortfallMinor,
            @NotNull @PositiveOrZero @Max(Money.MAX_MINOR_UNITS) Long planAdjustmentRequested,
            @Size(max = Claim.Statement.MAX_EVIDENCE) List<@Valid @NotNull EvidenceRequest> evidence) {
    }

    record PositionRequest(@NotBlank @Size(max = 4000) String position) {
    }

    record WithdrawRequest(@Size(max = 2000) String reason) {
    }

    record DecisionResponse(String decisionId, String meetingId, String outcome, String currency, long recognisedShortfallMinor, long deductionMinor,
                            long compensationMinor, long poolShareMinor, long planAdjustment, int policyYear, String reasoning,
                            String decidedBy, Instant decidedAt) {

        static DecisionResponse of(ClaimDecision d) {
            return new DecisionResponse(d.decisionId(), d.meetingId(), d.settlement().outcome().name(), d.settlement().deduction().currency().getCurrencyCode(),
                    d.settlement().recognisedShortfall().minorUnits(), d.settlement().deduction().minorUnits(),
                    d.settlement().compensation().minorUnits(), d.settlement().poolShare().minorUnits(), d.planAdjustment(), d.policy().year(),
                    d.reasoning(), d.decidedBy(), d.decidedAt());
        }
    }

    record ClaimResponse(String id, String status, String claimantDepartment, String respondentDepartment, String regulationId,
                         int regulationVersion, String whatHappened, LocalDate happenedOn, String customerId, String customerName,
                         String contractReference,
                         String customerConsequences, String planIndicator, String currency, long claimedShortfallMinor,
                         long planAdjustmentRequested, List<Evidence> evidence, String filedBy, Instant filedAt, String respondentPosition,
                         Transitions lifecycle, DecisionResponse decision) {

        static ClaimResponse of(Claim claim) {
            Claim.Statement s = claim.statement();
            return new ClaimResponse(claim.id(), claim.status().name(), s.claimantDepartment(), s.respondentDepartment(), s.regulationId(),
                    s.regulationVersion(), s.whatHappened(), s.happenedOn(), s.customerId(), s.customerName(), s.contractReference(), s.customerConsequences(),
                    s.planIndicator(), s.claimedShortfall().currency().getCurrencyCode(), s.claimedShortfall().minorUnits(),
                    s.planAdjustmentRequested(), s.evidence(), claim.filedBy(), claim.filedAt(),
                    claim.position().map(Claim.Position::text).orElse(null), Transitions.of(claim.lifecycle()),
                    claim.decision().map(DecisionResponse::of).orElse(null));
        }
    }

    private final FilingClaims filing;

    ClaimController(FilingClaims filing) {
        this.filing = filing;
    }

    @GetMapping
    @Operation(summary = "Every claim, newest first (heads, management, finance)")
    List<ClaimResponse> all(@Parameter(hidden = true) CurrentUser caller) {
        return filing.all(caller).stream().map(ClaimResponse::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One claim, with every step it took")
    ClaimResponse one(@Parameter(hidden = true) CurrentUser caller, @PathVariable String id) {
        return ClaimResponse.of(filing.find(caller, id));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "File a claim for one's own department against another", description = "A department head only. Cites the "
            + "version of the regulation in force on the day of the breach, which must bind the respondent. Publishes ClaimFiled v1")
    ClaimResponse file(@Parameter(hidden = true) CurrentUser caller, @Valid @RequestBody FileClaimRequest r) {
        List<Evidence> evidence = r.evidence() == null ? List.of()
                : r.evidence().stream().map(e -> new Evidence(e.description(), e.link())).toList();
        return ClaimResponse.of(filing.file(new FilingClaims.FileCommand(caller, r.claimantDepartment(), r.respondentDepartment(),
                r.regulationId(), r.whatHappened(), r.happenedOn(), r.customerId(), r.contractReference(), r.customerConsequences(),
                r.planIndicator(), r.currency(), r.claimedShortfallMinor(), r.planAdjustmentRequested(), evidence)));
    }

    @PutMapping(path = "/{id}/position", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "State the respondent department's position before the hearing",
            description = "The respondent department's head only. Publishes ClaimPositionRecorded v1")
    ClaimResponse position(@Parameter(hidden = true) CurrentUser caller, @PathVariable String id, @Valid @RequestBody PositionRequest r) {
        return ClaimResponse.of(filing.recordPosition(caller, id, r.position()));
    }

    @PostMapping(path = "/{id}/withdrawal", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Withdraw a claim before its hearing", description = "The claimant department's head only. Publishes ClaimWithdrawn v1")
    ClaimResponse withdraw(@Parameter(hidden = true) CurrentUser caller, @PathVariable String id, @Valid @RequestBody WithdrawRequest r) {
        return ClaimResponse.of(filing.withdraw(caller, id, r.reason()));
    }
}
