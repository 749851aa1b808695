package org.atelier.survey.exit.web;

import org.atelier.survey.exit.CaseClosed;
import org.atelier.survey.exit.CaseNotFound;
import org.atelier.survey.exit.ConcurrentChange;
import org.atelier.web.problems.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The exit-interview domain's refusals as problem details, for the API; the pages show their own. */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ExitInterviewProblems {

    @ExceptionHandler(CaseNotFound.class)
    ProblemDetail notFound(CaseNotFound notFound) {
        return Problems.notFound(notFound.getMessage());
    }

    @ExceptionHandler({CaseClosed.class, ConcurrentChange.class})
    ProblemDetail conflict(RuntimeException conflict) {
        return Problems.conflict(conflict.getMessage());
    }
}
