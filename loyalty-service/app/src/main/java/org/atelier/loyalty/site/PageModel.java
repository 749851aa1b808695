package org.atelier.loyalty.site;

import jakarta.servlet.http.HttpServletRequest;
import org.atelier.loyalty.plan.PlanPermissions;
import org.atelier.security.CurrentUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's header needs: who is signed in, the portal, and which sections the reader may open. */
@ControllerAdvice(annotations = Page.class)
class PageModel {

    private final String portal;

    PageModel(@Value("${atelier.security.issuer}") String issuer) {
        this.portal = issuer + "/";
    }

    @ModelAttribute("portal")
    String portal() {
        return portal;
    }

    @ModelAttribute("user")
    CurrentUser user(CurrentUser user) {
        return user;
    }

    /** Where the language switch returns to: this page, or the list after a form was sent. */
    @ModelAttribute("here")
    String here(HttpServletRequest request) {
        return "GET".equals(request.getMethod()) ? request.getRequestURI() : "/customers";
    }

    @ModelAttribute("maySeePlans")
    boolean maySeePlans(CurrentUser user) {
        return PlanPermissions.maySee(user);
    }
}
