package org.atelier.reporting.matrix.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Optional;
import org.atelier.reporting.matrix.CampaignSummary;
import org.atelier.reporting.matrix.Level;
import org.atelier.reporting.matrix.MatrixReport;
import org.atelier.reporting.matrix.application.BuildingMatrixReport;
import org.atelier.reporting.table.web.ReportTableCsvConverter;
import org.atelier.security.CurrentUser;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/reports", produces = MediaType.APPLICATION_JSON_VALUE)
@SecurityRequirement(name = "bearer")
@Tag(name = "Reports", description = "Read models for the management dashboards")
class MatrixReportController {

    private final BuildingMatrixReport building;

    MatrixReportController(BuildingMatrixReport building) {
        this.building = building;
    }

    @GetMapping("/matrix")
    @Operation(summary = "The responsibility-matrix campaigns, the latest opened first, with their state, invited people and "
            + "responses received")
    Campaigns campaigns(@Parameter(hidden = true) CurrentUser caller) {
        return new Campaigns(building.campaigns(caller));
    }

    /** An object rather than a bare array, so the answer can grow fields (how fresh it is, say) without breaking clients. */
    record Campaigns(List<CampaignSummary> campaigns) {
    }

    @GetMapping(path = "/matrix/{campaignId}", produces = {MediaType.APPLICATION_JSON_VALUE, ReportTableCsvConverter.TEXT_CSV_VALUE})
    @Operation(summary = "Matrix coverage of a campaign: per task and department the R- and P-shares (basis points, rounded down), "
            + "owner counts, the consensus owner, the OWNERLESS and CONTESTED flags, blind spots, Krippendorff's alpha per level, "
            + "overall and between levels, and the change since the previous campaign; groups under the anonymity threshold "
            + "are never shown on their own")
    MatrixReport campaign(@Parameter(hidden = true) CurrentUser caller,
                          @PathVariable @Pattern(regexp = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}",
                                  message = "must be a campaign id (a UUID)") String campaignId,
                          @Parameter(description = "TOP_MANAGEMENT, DIVISION_HEAD or COMMERCIAL_STAFF; all respondents when absent")
                          @RequestParam(required = false) Level level) {
        return building.forCampaign(caller, campaignId.toLowerCase(java.util.Locale.ROOT), Optional.ofNullable(level));
    }
}
