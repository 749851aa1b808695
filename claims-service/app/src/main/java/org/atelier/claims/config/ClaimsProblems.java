package org.atelier.claims.config;

import org.atelier.claims.bonus.persistence.MongoBonusPolicies;
import org.atelier.claims.claim.Claims;
import org.atelier.claims.commendation.Commendations;
import org.atelier.claims.common.Lifecycle;
import org.atelier.claims.common.NotFound;
import org.atelier.claims.common.RuleViolation;
import org.atelier.claims.meeting.Meetings;
import org.atelier.web.problems.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The domain's refusals as problem details: a broken rule is 400 naming its field, a step the item's stage does not
 * allow (or two people changing one thing at once) is 409, something unknown or not the caller's to see is 404.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ClaimsProblems {

    @ExceptionHandler(Lifecycle.IllegalTransition.class)
    ProblemDetail illegalTransition(Lifecycle.IllegalTransition refused) {
        ProblemDetail problem = Problems.conflict(refused.getMessage());
        problem.setProperty("field", refused.field());
        problem.setProperty("code", refused.code());
        return problem;
    }

    @ExceptionHandler(RuleViolation.class)
    ProblemDetail ruleViolation(RuleViolation violation) {
        ProblemDetail problem = Problems.invalidField(violation.field(), violation.getMessage());
        problem.setProperty("code", violation.code());
        return problem;
    }

    @ExceptionHandler(NotFound.class)
    ProblemDetail notFound(NotFound notFound) {
        return Problems.notFound(notFound.getMessage());
    }

    @ExceptionHandler({Claims.ConcurrentClaimChange.class, Meetings.ConcurrentMeetingChange.class,
            Commendations.ConcurrentCommendationChange.class, MongoBonusPolicies.ConcurrentPolicyChange.class})
    ProblemDetail conflict(RuntimeException conflict) {
        return Problems.conflict(conflict.getMessage());
    }
}
