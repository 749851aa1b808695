package org.atelier.identity.api;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Set;
import org.atelier.identity.RuleViolation;
import org.atelier.identity.department.DepartmentAlreadyExists;
import org.atelier.identity.department.DepartmentChangedMeanwhile;
import org.atelier.identity.department.DepartmentHasActiveMembers;
import org.atelier.identity.department.DepartmentNotFound;
import org.atelier.identity.user.ConcurrentChange;
import org.atelier.identity.user.UserNotFound;
import org.atelier.identity.user.UsernameTaken;
import org.atelier.web.problems.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The admin API's refusals as RFC 9457 problems, in English (other systems read them): a broken rule of a field is
 * 400 naming the field; what the current state forbids (a taken code or username, a department that still has
 * active people, the last active admin, a change made meanwhile) is 409; an unknown department or person is 404.
 * The pages show the same refusals in the reader's language.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class AdminApiProblems {

    /** Rules that the state refuses rather than the input: the same request may succeed once the state changes. */
    private static final Set<String> REFUSED_BY_THE_STATE = Set.of("user.lastAdmin.deactivate", "user.lastAdmin.role",
            "user.deactivateSelf", "user.removeOwnAdmin", "user.department.inactive");

    @ExceptionHandler({DepartmentNotFound.class, UserNotFound.class, NotFound.class})
    ProblemDetail notFound(RuntimeException missing) {
        return Problems.notFound(missing.getMessage());
    }

    @ExceptionHandler({ConcurrentChange.class, DepartmentChangedMeanwhile.class})
    ProblemDetail changedMeanwhile(RuntimeException changed) {
        return Problems.conflict(changed.getMessage());
    }

    @ExceptionHandler({DepartmentAlreadyExists.class, UsernameTaken.class, DepartmentHasActiveMembers.class})
    ProblemDetail refusedByTheState(RuleViolation violation) {
        return conflict(violation);
    }

    @ExceptionHandler(RuleViolation.class)
    ProblemDetail ruleViolation(RuleViolation violation) {
        if (REFUSED_BY_THE_STATE.contains(violation.code())) {
            return conflict(violation);
        }
        return Problems.invalidField(violation.field(), detail(violation));
    }

    private static ProblemDetail conflict(RuleViolation violation) {
        ProblemDetail problem = Problems.conflict(detail(violation));
        problem.setProperty("field", violation.field());
        problem.setProperty("code", violation.code());
        return problem;
    }

    /** The English message with its arguments; a message without any is taken as it is (it may hold an apostrophe). */
    static String detail(RuleViolation violation) {
        Object[] arguments = violation.arguments();
        return arguments.length == 0 ? violation.getMessage() : new MessageFormat(violation.getMessage(), Locale.ROOT).format(arguments);
    }
}
