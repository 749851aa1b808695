package org.atelier.reporting.dashboard.web;

import jakarta.servlet.http.HttpServletResponse;
import org.atelier.reporting.access.NotTheirDepartment;
import org.atelier.reporting.matrix.UnknownCampaign;
import org.atelier.security.NotAllowed;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.HandlerMethod;

/** On the dashboards a refusal is a readable page in the reader's language, never a stack trace or a JSON problem. */
@Order(Ordered.HIGHEST_PRECEDENCE)
@ControllerAdvice(assignableTypes = {OverviewPage.class, ChurnPage.class, ExitInterviewsPage.class, ClaimsPage.class, PoolPage.class,
        ScorecardPage.class, MatrixPage.class, SuitPage.class, DashboardExports.class, ScorecardDownloads.class})
class DashboardRefusals {

    @ExceptionHandler(NotAllowed.class)
    String notAllowed(NotAllowed refused, HandlerMethod handler, Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        model.addAttribute("explain", explanation(refused, handler));
        return "dashboard/refused";
    }

    private static String explanation(NotAllowed refused, HandlerMethod handler) {
        if (handler.getBeanType() == ScorecardPage.class || handler.getBeanType() == ScorecardDownloads.class) {
            return "refused.scorecard";
        }
        if (refused instanceof NotTheirDepartment) {
            return handler.getBeanType() == ClaimsPage.class ? "refused.claimList" : "refused.department";
        }
        return "refused.explain";
    }

    @ExceptionHandler(DashboardFilters.BadFilter.class)
    String badFilter(DashboardFilters.BadFilter bad, Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("filter", bad.filter());
        model.addAttribute("given", bad.given());
        return "dashboard/bad-filter";
    }

    /** A campaign the survey never opened: its page, and its heatmap's download. */
    @ExceptionHandler(UnknownCampaign.class)
    String unknownCampaign(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        return "dashboard/matrix-unknown";
    }
}
