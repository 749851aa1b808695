package org.atelier.reporting.dashboard.web;

import org.atelier.reporting.freshness.Freshness;
import org.atelier.reporting.freshness.application.BuildingFreshness;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Every dashboard says how fresh it is: per topic, the last event applied and the consumer lag, and a visible warning
 * when a lag passes {@code atelier.dashboards.lag-warning} events (default 100) or cannot be read. It sits in the
 * page's live region, so it is as current as the figures beside it.
 */
@ControllerAdvice(assignableTypes = {OverviewPage.class, ChurnPage.class, ExitInterviewsPage.class, ClaimsPage.class, PoolPage.class,
        ScorecardPage.class, MatrixPage.class, SuitPage.class})
class DashboardFreshness {

    private final BuildingFreshness freshness;
    private final long lagWarning;

    DashboardFreshness(BuildingFreshness freshness, @Value("${atelier.dashboards.lag-warning:100}") long lagWarning) {
        this.freshness = freshness;
        this.lagWarning = lagWarning;
    }

    @ModelAttribute
    void freshness(org.springframework.ui.Model model) {
        Freshness now = freshness.now();
        model.addAttribute("freshness", now);
        model.addAttribute("freshnessStale", now.topics().stream().anyMatch(topic -> topic.lag() == null || topic.lag() > lagWarning));
    }

    @ModelAttribute("lagWarning")
    long lagWarning() {
        return lagWarning;
    }
}
