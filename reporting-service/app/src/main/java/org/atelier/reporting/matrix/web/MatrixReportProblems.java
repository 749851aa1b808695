package org.atelier.reporting.matrix.web;

import org.atelier.reporting.matrix.UnknownCampaign;
import org.atelier.web.problems.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A campaign the read model does not know is a 404 problem. */
@RestControllerAdvice(assignableTypes = MatrixReportController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class MatrixReportProblems {

    @ExceptionHandler(UnknownCampaign.class)
    ProblemDetail unknownCampaign(UnknownCampaign unknown) {
        return Problems.notFound(unknown.getMessage());
    }
}
