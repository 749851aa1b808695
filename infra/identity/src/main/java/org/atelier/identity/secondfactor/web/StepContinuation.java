package org.atelier.identity.secondfactor.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import org.atelier.identity.login.PasswordChangeRequired;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;

/**
 * Where a person goes once the second step (a code, or an enrolment) is done: to change a temporary password if
 * they must (the request they were making stays kept for after it), else on to that request, usually a UI's
 * authorization request, else to the portal.
 */
final class StepContinuation {

    private static final RequestCache SAVED_REQUESTS = new HttpSessionRequestCache();

    private StepContinuation() {
    }

    /**
     * @return the path (and query) to redirect to: never an absolute URL, since a saved request's is built from the
     *         {@code Host} header the caller chose
     */
    static String next(HttpServletRequest request, HttpServletResponse response) {
        if (PasswordChangeRequired.isRequired(request)) {
            return PasswordChangeRequired.CHANGE_PAGE;
        }
        SavedRequest waiting = SAVED_REQUESTS.getRequest(request, response);
        if (waiting == null) {
            return "/";
        }
        SAVED_REQUESTS.removeRequest(request, response);
        URI target = URI.create(waiting.getRedirectUrl());
        String path = target.getRawPath() == null || target.getRawPath().isEmpty() ? "/" : target.getRawPath();
        return target.getRawQuery() == null ? path : path + "?" + target.getRawQuery();
    }
}
