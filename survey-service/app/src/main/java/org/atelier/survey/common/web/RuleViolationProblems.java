package org.atelier.survey.common.web;

import org.atelier.survey.common.RuleViolation;
import org.atelier.web.problems.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A broken business rule, in any feature, as a 400 problem naming the field it concerns. */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class RuleViolationProblems {

    @ExceptionHandler(RuleViolation.class)
    ProblemDetail ruleViolation(RuleViolation violation) {
        return Problems.invalidField(violation.field(), violation.getMessage());
    }
}
