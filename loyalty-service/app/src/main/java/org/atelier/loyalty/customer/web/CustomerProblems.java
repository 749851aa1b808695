package org.atelier.loyalty.customer.web;

import org.atelier.loyalty.customer.ConcurrentChange;
import org.atelier.loyalty.customer.CustomerAlreadyLost;
import org.atelier.loyalty.customer.CustomerNotFound;
import org.atelier.web.problems.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The customer domain's refusals as problem details, for the API; the pages show their own. */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class CustomerProblems {

    @ExceptionHandler(CustomerNotFound.class)
    ProblemDetail notFound(CustomerNotFound notFound) {
        return Problems.notFound(notFound.getMessage());
    }

    @ExceptionHandler({CustomerAlreadyLost.class, ConcurrentChange.class})
    ProblemDetail conflict(RuntimeException conflict) {
        return Problems.conflict(conflict.getMessage());
    }
}
