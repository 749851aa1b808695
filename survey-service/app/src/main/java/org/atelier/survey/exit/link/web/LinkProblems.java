package org.atelier.survey.exit.link.web;

import org.atelier.survey.exit.link.LinkRefused;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A refused link, should an API path meet one, as a problem. */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class LinkProblems {

    @ExceptionHandler(LinkRefused.class)
    ProblemDetail refused(LinkRefused refused) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.GONE, refused.getMessage());
        problem.setTitle("Link no longer valid");
        return problem;
    }
}
