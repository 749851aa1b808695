package org.atelier.reporting.suit.config;

import org.atelier.reporting.churn.InterviewFacts;
import org.atelier.reporting.churn.LostCustomers;
import org.atelier.reporting.matrix.MatrixFacts;
import org.atelier.reporting.matrix.MatrixRounds;
import org.atelier.reporting.matrix.MatrixRules;
import org.atelier.reporting.suit.application.BuildingWhoSewedTheSuit;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires "who sewed the suit": a view over the churn and matrix read models, with no read model of its own. */
@Configuration(proxyBeanMethods = false)
class WhoSewedTheSuitConfiguration {

    @Bean
    BuildingWhoSewedTheSuit buildingWhoSewedTheSuit(LostCustomers lostCustomers, InterviewFacts interviewFacts, MatrixFacts matrixFacts,
                                                    MatrixRules matrixRules) {
        return new BuildingWhoSewedTheSuit(lostCustomers, interviewFacts, new MatrixRounds(matrixFacts), matrixRules);
    }
}
