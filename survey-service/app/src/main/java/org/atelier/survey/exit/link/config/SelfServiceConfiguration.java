package org.atelier.survey.exit.link.config;

import java.time.Clock;
import java.time.Duration;
import org.atelier.calendar.CompanyCalendar;
import org.atelier.directory.Directory;
import org.atelier.survey.exit.ExitInterviews;
import org.atelier.survey.exit.link.AnswerRateLimit;
import org.atelier.survey.exit.link.SelfServiceLinks;
import org.atelier.survey.exit.link.application.AnsweringByLink;
import org.atelier.survey.exit.link.persistence.MongoSelfServiceLinks;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Wires the self-service questionnaire links. */
@Configuration(proxyBeanMethods = false)
class SelfServiceConfiguration {

    @Bean
    SelfServiceLinks selfServiceLinks(MongoTemplate mongo) {
        return new MongoSelfServiceLinks(mongo);
    }

    @Bean
    AnsweringByLink answeringByLink(ExitInterviews cases, SelfServiceLinks links, Directory directory, CompanyCalendar calendar,
                                    @Value("${atelier.survey.exit.link-valid-days:30}") int validDays) {
        return new AnsweringByLink(cases, links, directory, calendar, Duration.ofDays(validDays));
    }

    @Bean
    AnswerRateLimit answerRateLimit(@Value("${atelier.survey.exit.answer-rate-limit.requests:30}") int requests,
                                    @Value("${atelier.survey.exit.answer-rate-limit.window:PT1M}") Duration window) {
        return new AnswerRateLimit(requests, window, Clock.systemUTC());
    }
}
