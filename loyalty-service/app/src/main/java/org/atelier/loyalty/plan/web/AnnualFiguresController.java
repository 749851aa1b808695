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
import java.util.List;
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
                       @NotNull @Min(1) Integer headcount) {
    }

    record ResultsRequest(@Schema(example = "RUB") @NotBlank @Size(min = 3, max = 3) String currency,
                          @Schema(description = "Minor currency units") @NotNull @PositiveOrZero Long revenueMinor,
                          @Schema(description = "Minor currency units; may be negative") @NotNull Long marginMinor,
                          @NotNull @Min(1) Integer headcount) {
    }

    record PlanResponse(String currency, long revenueMinor, long marginMinor, int loyalCustomers, int loyalKeyCustomers, int headcount) {
    }

    record ResultsResponse(String currency, long revenueMinor, long marginMinor, int headcount) {
    }

    record FiguresResponse(int year, PlanResponse plan, ResultsResponse results) {

        static FiguresResponse of(AnnualFigures figures) {
            return new FiguresResponse(figures.year(),
                    figures.plan().map(p -> new PlanResponse(p.revenue().currency().getCurrencyCode(), p.revenue().minorUnits(),
                            p.margin().minorUnits(), p.loyalCustomers(), p.loyalKeyCustomers(), p.headcount())).orElse(null),
                    figures.results().map(r -> new ResultsResponse(r.revenue().currency().getCurrencyCode(), r.revenue().minorUnits(),
                            r.margin().minorUnits(), r.headcount())).orElse(null));
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
    @Operation(summary = "Set or revise the plan of a year", description = "Until its results are recorded. Publishes AnnualPlanSet v1")
    FiguresResponse setPlan(@Parameter(hidden = true) CurrentUser caller, @PathVariable @Min(2000) @Max(2100) int year,
                            @Valid @RequestBody PlanRequest request) {
        return FiguresResponse.of(recording.setPlan(new RecordingAnnualFigures.PlanCommand(caller, year, request.currency(),
                request.revenueMinor(), request.marginMinor(), request.loyalCustomers(), request.loyalKeyCustomers(), request.headcount())));
    }

    @PutMapping(path = "/{year}/results", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record or correct the results of a year", description = "Needs the year's plan. Publishes AnnualResultsRecorded v1")
    FiguresResponse recordResults(@Parameter(hidden = true) CurrentUser caller, @PathVariable @Min(2000) @Max(2100) int year,
                                  @Valid @RequestBody ResultsRequest request) {
        return FiguresResponse.of(recording.recordResults(new RecordingAnnualFigures.ResultsCommand(caller, year, request.currency(),
                request.revenueMinor(), request.marginMinor(), request.headcount())));
    }
}
