package org.atelier.identity.secondfactor.config;

import java.time.Clock;
import java.util.stream.Collectors;
import org.atelier.identity.login.SignInThrottle;
import org.atelier.identity.login.SignInThrottleProperties;
import org.atelier.identity.secondfactor.SecondFactorRule;
import org.atelier.identity.secondfactor.SecondFactors;
import org.atelier.identity.secondfactor.application.CheckingSecondFactor;
import org.atelier.identity.secondfactor.application.DisablingSecondFactor;
import org.atelier.identity.secondfactor.application.EnrollingSecondFactor;
import org.atelier.identity.secondfactor.application.RemovingSecondFactor;
import org.atelier.identity.secondfactor.persistence.MongoSecondFactors;
import org.atelier.identity.secondfactor.web.CodeGuesses;
import org.atelier.identity.user.Username;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Wires the second factor: the domain and use cases stay free of Spring. */
@Configuration(proxyBeanMethods = false)
class SecondFactorConfiguration {

    @Bean
    SecondFactors secondFactors(MongoTemplate mongo) {
        return new MongoSecondFactors(mongo);
    }

    @Bean
    SecondFactorRule secondFactorRule(SecondFactorProperties properties) {
        return new SecondFactorRule(properties.requiredRoles(),
                properties.optionalForUsers().stream().map(Username::of).collect(Collectors.toSet()));
    }

    @Bean
    EnrollingSecondFactor enrollingSecondFactor(SecondFactors factors, Clock clock) {
        return new EnrollingSecondFactor(factors, clock);
    }

    @Bean
    CheckingSecondFactor checkingSecondFactor(SecondFactors factors, Clock clock) {
        return new CheckingSecondFactor(factors, clock);
    }

    @Bean
    DisablingSecondFactor disablingSecondFactor(SecondFactors factors, CheckingSecondFactor checking) {
        return new DisablingSecondFactor(factors, checking);
    }

    @Bean
    RemovingSecondFactor removingSecondFactor(SecondFactors factors) {
        return new RemovingSecondFactor(factors);
    }

    /** Codes are guessed under the same limits as passwords, counted apart: a right password does not reset them. */
    @Bean
    CodeGuesses codeGuesses(SignInThrottleProperties properties, Clock clock) {
        return new CodeGuesses(new SignInThrottle(properties, clock));
    }
}
