package org.atelier.loyalty.site;

import jakarta.servlet.http.HttpServletRequest;
import org.atelier.loyalty.plan.PlanPermissions;
import org.atelier.security.CurrentUser;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What loyalty's part of the kit's header needs: which sections the reader may open, and where the language switch
 * returns to. The kit's header itself (the person, the portal, sign-out) needs nothing from here.
 */
@ControllerAdvice(annotations = Page.class)
class PageModel {

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
