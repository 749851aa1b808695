package org.atelier.loyalty.plan.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.atelier.loyalty.plan.AnnualResults;
import org.atelier.loyalty.plan.PlanVersusResults;
import org.atelier.loyalty.plan.PoolGateRule;
import org.atelier.loyalty.plan.ResultsAlreadyRecorded;
import org.atelier.loyalty.plan.ResultsRevision;
import org.atelier.web.problems.Problems;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.atelier.loyalty.plan.AnnualFigures;
import org.atelier.loyalty.plan.application.RecordingAnnualFigures;
import org.atelier.security.CurrentUser;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/annual-figures", produces = MediaType.APPLICATION_JSON_VALUE)
@SecurityRequirement(name = "bearer")
@Tag(name = "Annual plans and results", description = "What the company-wide annual bonus depends on (finance)")
class AnnualFiguresController {

    record PlanRequest(@Schema(example = "RUB") @NotBlank @Size(min = 3, max = 3) String currency,
                       @Schema(description = "Minor currency units") @NotNull @PositiveOrZero Long revenueMinor,
                       @Schema(description = "Minor currency units") @NotNull Long marginMinor,
                       @NotNull @PositiveOrZero Integer loyalCustomers,
                       @NotNull @PositiveOrZero Integer loyalKeyCustomers,
                       @NotNull @Min(1) Integer headcount,
                       @Schema(description = "The annual pool's gate rule for the year (domain §6.3); absent: the default, "
                               + "PLAN_OR_PREVIOUS_YEAR unless management agreed otherwise in reporting's configuration") PoolGateRule gateRule,
                       @Schema(description = "The share of the margin's growth that goes into the pool, in basis points (1 000 = 10 %); "
                               + "absent: the default, 1 000 unless configured otherwise") @Min(0) @Max(10_000) Integer marginGrowthShareBp) {
    }

    record ResultsRequest(@Schema(example = "RUB") @NotBlank @Size(min = 3, max = 3) String currency,
                          @Schema(description = "Minor currency units") @NotNull @PositiveOrZero Long revenueMinor,
                          @Schema(description = "Minor currency units; may be negative") @NotNull Long marginMinor,
                          @NotNull @Min(1) Integer headcount,
                          @Schema(description = "To correct recorded results: the revision they replace (resultsRevision of the year); "
                                  + "without it, or naming an older one, a second recording is refused with 409") @Min(1) Integer replacesRevision) {
    }

    /** @param gateRule and {@code marginGrowthShareBp} null when the plan leaves them to the default */
    record PlanResponse(String currency, long revenueMinor, long marginMinor, int loyalCustomers, int loyalKeyCustomers, int headcount,
                        PoolGateRule gateRule, Integer marginGrowthShareBp) {
    }

    record ResultsResponse(String currency, long revenueMinor, long marginMinor, int headcount) {
    }

    record RevisionResponse(int revision, String currency, long revenueMinor, long marginMinor, int headcount, String recordedBy,
                            Instant recordedAt) {

        static RevisionResponse of(ResultsRevision revision) {
            AnnualResults r = revision.results();
            return new RevisionResponse(revision.revision(), r.revenue().currency().getCurrencyCode(), r.revenue().minorUnits(),
                    r.margin().minorUnits(), r.headcount(), revision.recordedBy(), revision.recordedAt());
        }
    }

    /**
     * @param resultsRevision the revision {@code results} are; null until results are recorded
     * @param resultRevisions every recording of the results, oldest first
     */
    record FiguresResponse(int year, PlanResponse plan, ResultsResponse results, Integer resultsRevision,
                           List<RevisionResponse> resultRevisions) {

        static FiguresResponse of(AnnualFigures figures) {
            return new FiguresResponse(figures.year(),
                    figures.plan().map(p -> new PlanResponse(p.revenue().currency().getCurrencyCode(), p.revenue().minorUnits(),
                            p.margin().minorUnits(), p.loyalCustomers(), p.loyalKeyCustomers(), p.headcount(), p.gateRule(),
                            p.marginGrowthShareBp())).orElse(null),
                    figures.results().map(r -> new ResultsResponse(r.revenue().currency().getCurrencyCode(), r.revenue().minorUnits(),
                            r.margin().minorUnits(), r.headcount())).orElse(null),
                    figures.currentRevision().map(ResultsRevision::revision).orElse(null),
                    figures.revisions().stream().map(RevisionResponse::of).toList());
        }
    }

    private final RecordingAnnualFigures recording;

    AnnualFiguresController(RecordingAnnualFigures recording) {
        this.recording = recording;
    }

    @GetMapping
    @Operation(summary = "Every year's plan and results, newest first (finance, management)")
    List<FiguresResponse> all(@Parameter(hidden = true) CurrentUser caller) {
        return recording.all(caller).stream().map(FiguresResponse::of).toList();
    }

    @GetMapping("/{year}")
    @Operation(summary = "One year's plan and results")
    FiguresResponse ofYear(@Parameter(hidden = true) CurrentUser caller, @PathVariable @Min(2000) @Max(2100) int year) {
        return FiguresResponse.of(recording.ofYear(caller, year));
    }

    @PutMapping(path = "/{year}/plan", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Set or revise the plan of a year", description = "Until its results are recorded. The pool's gate rule and "
            + "margin-growth share are optional; absent, the defaults apply. Publishes AnnualPlanSet v1")
    FiguresResponse setPlan(@Parameter(hidden = true) CurrentUser caller, @PathVariable @Min(2000) @Max(2100) int year,
                            @Valid @RequestBody PlanRequest request) {
        return FiguresResponse.of(recording.setPlan(new RecordingAnnualFigures.PlanCommand(caller, year, request.currency(),
                request.revenueMinor(), request.marginMinor(), request.loyalCustomers(), request.loyalKeyCustomers(), request.headcount(),
                request.gateRule(), request.marginGrowthShareBp())));
    }

    @PutMapping(path = "/{year}/results", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record or correct the results of a year", description = "Needs the year's plan. Correcting recorded results "
            + "needs replacesRevision, the revision they replace: without it a second recording is refused with 409 naming the current "
            + "revision (property current). Every revision is kept; each publishes AnnualResultsRecorded v1 with the results as they now are")
    FiguresResponse recordResults(@Parameter(hidden = true) CurrentUser caller, @PathVariable @Min(2000) @Max(2100) int year,
                                  @Valid @RequestBody ResultsRequest request) {
        return FiguresResponse.of(recording.recordResults(new RecordingAnnualFigures.ResultsCommand(caller, year, request.currency(),
                request.revenueMinor(), request.marginMinor(), request.headcount(), request.replacesRevision())));
    }

    @GetMapping("/{year}/comparison")
    @Operation(summary = "A year's plan beside its results, per indicator",
            description = "Revenue, margin, loyal customers, loyal key customers, headcount: plan, actual, difference and whether the "
                    + "plan is reached (actual ≥ plan). Loyal customers have an actual for the current year only (loyal now)")
    PlanVersusResults comparison(@Parameter(hidden = true) CurrentUser caller, @PathVariable @Min(2000) @Max(2100) int year) {
        return recording.comparison(caller, year);
    }

    /** Here, not in an advice: it is a rule violation (for the forms), which the API's advice would answer with 400. */
    @ExceptionHandler(ResultsAlreadyRecorded.class)
    ProblemDetail alreadyRecorded(ResultsAlreadyRecorded recorded) {
        ProblemDetail problem = Problems.conflict(recorded.getMessage());
        problem.setProperty("field", recorded.field());
        problem.setProperty("current", RevisionResponse.of(recorded.current()));
        return problem;
    }
}
