package org.atelier.loyalty.plan.web;

import org.atelier.loyalty.plan.AnnualFigures;
import org.atelier.loyalty.plan.AnnualFiguresRepository;
import org.atelier.loyalty.plan.application.RecordingAnnualFigures;
import org.atelier.web.problems.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class AnnualFiguresProblems {

    @ExceptionHandler(RecordingAnnualFigures.FiguresNotFound.class)
    ProblemDetail notFound(RuntimeException notFound) {
        return Problems.notFound(notFound.getMessage());
    }

    @ExceptionHandler({AnnualFigures.PlanFrozen.class, AnnualFiguresRepository.ConcurrentFiguresChange.class})
    ProblemDetail conflict(RuntimeException conflict) {
        return Problems.conflict(conflict.getMessage());
    }
}
