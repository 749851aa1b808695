package org.atelier.identity.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the shared page header needs on every page: where the language switch leads. */
@ControllerAdvice
class PageAttributes {

    /** The page the reader asked for, also when it was forwarded to another view. */
    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        Object forwardedFrom = request.getAttribute(RequestDispatcher.FORWARD_SERVLET_PATH);
        return forwardedFrom != null ? forwardedFrom.toString() : request.getServletPath();
    }

    @ModelAttribute("otherLanguage")
    String otherLanguage(Locale locale) {
        return Languages.other(locale).getLanguage();
    }
}
