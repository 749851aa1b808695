package org.atelier.identity.web;

import org.atelier.identity.RuleViolation;
import org.atelier.identity.department.DepartmentChangedMeanwhile;
import org.atelier.identity.department.DepartmentNotFound;
import org.atelier.identity.user.ConcurrentChange;
import org.atelier.identity.user.UserNotFound;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Errors a person meets in the browser, as pages in their language. Requests that do not ask for HTML fall
 * through to the shared problem+json handling. The admin API's own problems come first, whatever the API caller
 * accepts.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class HtmlErrorPages {

    /** A malformed username or department code in a page address names nothing, like an unknown one. */
    @ExceptionHandler(value = {NoResourceFoundException.class, UserNotFound.class, DepartmentNotFound.class, RuleViolation.class},
            produces = MediaType.TEXT_HTML_VALUE)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "error/not-found";
    }

    @ExceptionHandler(value = {ConcurrentChange.class, DepartmentChangedMeanwhile.class}, produces = MediaType.TEXT_HTML_VALUE)
    @ResponseStatus(HttpStatus.CONFLICT)
    String changedMeanwhile() {
        return "error/conflict";
    }
}
