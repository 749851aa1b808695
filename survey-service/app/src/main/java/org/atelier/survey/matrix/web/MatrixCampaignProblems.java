package org.atelier.survey.matrix.web;

import org.atelier.survey.matrix.AlreadySubmitted;
import org.atelier.survey.matrix.CampaignChanged;
import org.atelier.survey.matrix.CampaignClosed;
import org.atelier.survey.matrix.CampaignNotFound;
import org.atelier.survey.matrix.NotInvited;
import org.atelier.survey.matrix.TaskNotFound;
import org.atelier.web.problems.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The matrix campaigns' refusals as problem details. */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class MatrixCampaignProblems {

    @ExceptionHandler({CampaignNotFound.class, TaskNotFound.class})
    ProblemDetail notFound(RuntimeException notFound) {
        return Problems.notFound(notFound.getMessage());
    }

    @ExceptionHandler({CampaignClosed.class, AlreadySubmitted.class, CampaignChanged.class})
    ProblemDetail conflict(RuntimeException conflict) {
        return Problems.conflict(conflict.getMessage());
    }

    @ExceptionHandler(NotInvited.class)
    ProblemDetail notInvited(NotInvited notInvited) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, notInvited.getMessage());
        problem.setTitle("Not invited");
        return problem;
    }
}
