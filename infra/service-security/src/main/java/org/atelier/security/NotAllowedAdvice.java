package org.atelier.security;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A use case's refusal of a known caller is a 403 problem. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class NotAllowedAdvice {

    @ExceptionHandler(NotAllowed.class)
    ProblemDetail notAllowed(NotAllowed refusal) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, refusal.getMessage());
        problem.setTitle("Not allowed");
        return problem;
    }
}
