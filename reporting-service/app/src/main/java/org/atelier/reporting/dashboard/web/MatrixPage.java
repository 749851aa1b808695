package org.atelier.reporting.dashboard.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.atelier.reporting.dashboard.MatrixHeatmap;
import org.atelier.reporting.matrix.CampaignSummary;
import org.atelier.reporting.matrix.Level;
import org.atelier.reporting.matrix.MatrixReport;
import org.atelier.reporting.matrix.application.BuildingMatrixReport;
import org.atelier.security.CurrentUser;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Who the company thinks is responsible for what: the campaigns, and a campaign's matrix as a heatmap of tasks ×
 * departments with the level switch, the flags on the rows, blind spots on the cells, agreement and the previous
 * campaign beside it.
 */
@Controller
class MatrixPage {

    private final BuildingMatrixReport matrix;

    MatrixPage(BuildingMatrixReport matrix) {
        this.matrix = matrix;
    }

    @GetMapping("/matrix")
    String campaigns(CurrentUser user, Model model) {
        List<CampaignSummary> campaigns = matrix.campaigns(user);
        if (!campaigns.isEmpty()) {
            return "redirect:/matrix/" + campaigns.get(0).campaignId();
        }
        model.addAttribute("campaigns", campaigns);
        return "dashboard/matrix-none";
    }

    @GetMapping("/matrix/{campaignId}")
    String campaign(CurrentUser user, @PathVariable String campaignId, @RequestParam(required = false) String level, Model model,
                    HttpServletRequest request) {
        String id = DashboardFilters.uuid(campaignId, "campaign");
        String chosen = DashboardFilters.oneOf(level, "level", java.util.Arrays.stream(Level.values()).map(Enum::name).toList());
        MatrixReport report = matrix.forCampaign(user, id, Optional.ofNullable(chosen).map(Level::valueOf));
        Locale locale = LocaleContextHolder.getLocale();
        model.addAttribute("report", report);
        model.addAttribute("heatmap", MatrixHeatmap.of(report.tasks(), locale));
        model.addAttribute("level", chosen);
        model.addAttribute("levels", Level.values());
        model.addAttribute("campaigns", matrix.campaigns(user));
        MainTables.addDownloads(model, request);
        return "dashboard/matrix";
    }
}
