package org.atelier.claims.config;

import java.time.Clock;
import org.atelier.calendar.CompanyCalendar;
import org.atelier.claims.bonus.BonusPolicies;
import org.atelier.claims.bonus.Reversals;
import org.atelier.claims.bonus.messaging.LedgerEventTranslator;
import org.atelier.claims.bonus.persistence.MongoReversals;
import org.atelier.claims.ledger.application.KeepingLedger;
import org.atelier.claims.bonus.application.SettingBonusPolicy;
import org.atelier.claims.bonus.persistence.MongoBonusPolicies;
import org.atelier.claims.claim.Claims;
import org.atelier.claims.claim.application.FilingClaims;
import org.atelier.claims.claim.messaging.ClaimEventTranslator;
import org.atelier.claims.claim.persistence.MongoClaims;
import org.atelier.claims.commendation.Commendations;
import org.atelier.claims.commendation.application.FilingCommendations;
import org.atelier.claims.commendation.messaging.CommendationEventTranslator;
import org.atelier.claims.commendation.persistence.MongoCommendations;
import org.atelier.claims.common.Departments;
import org.atelier.claims.common.OpenAgendas;
import org.atelier.claims.customer.KnownCustomers;
import org.atelier.claims.meeting.Meetings;
import org.atelier.claims.meeting.application.RunningMeetings;
import org.atelier.claims.meeting.messaging.MeetingEventTranslator;
import org.atelier.claims.meeting.persistence.MongoMeetings;
import org.atelier.claims.meeting.persistence.MongoOpenAgendas;
import org.atelier.claims.regulation.Regulations;
import org.atelier.claims.regulation.application.KeepingRegulations;
import org.atelier.claims.regulation.messaging.RegulationEventTranslator;
import org.atelier.claims.regulation.persistence.MongoRegulations;
import org.atelier.directory.Directory;
import org.atelier.outbox.AggregateDocuments;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.json.JsonMapper;

/** Wires claims, commendations, meetings, regulations and bonus policies; the domain and use cases stay free of Spring. */
@Configuration(proxyBeanMethods = false)
class ClaimsConfiguration {

    @Bean
    Departments departments(Directory directory) {
        return new Departments(directory);
    }

    @Bean
    OpenAgendas openAgendas(MongoTemplate mongo) {
        return new MongoOpenAgendas(mongo);
    }

    @Bean
    Claims claims(MongoTemplate mongo, JsonMapper json, AggregateDocuments documents, Clock clock, OpenAgendas agendas,
                  @Value("${atelier.topics.claims}") String topic) {
        return new MongoClaims(mongo, new ClaimEventTranslator(json, topic), documents, clock, agendas);
    }

    @Bean
    Meetings meetings(MongoTemplate mongo, JsonMapper json, AggregateDocuments documents, Clock clock, @Value("${atelier.topics.claims}") String topic) {
        MongoMeetings meetings = new MongoMeetings(mongo, new MeetingEventTranslator(json, topic), documents, clock);
        meetings.ensureIndexes();
        return meetings;
    }

    @Bean
    Commendations commendations(MongoTemplate mongo, JsonMapper json, AggregateDocuments documents, Clock clock, OpenAgendas agendas,
                                @Value("${atelier.topics.claims}") String topic) {
        return new MongoCommendations(mongo, new CommendationEventTranslator(json, topic), documents, clock, agendas);
    }

    @Bean
    BonusPolicies bonusPolicies(MongoTemplate mongo, JsonMapper json, AggregateDocuments documents, Clock clock,
                                @Value("${atelier.topics.claims}") String topic) {
        return new MongoBonusPolicies(mongo, documents, json, topic, clock);
    }

    @Bean
    Reversals reversals(MongoTemplate mongo, JsonMapper json, AggregateDocuments documents, Clock clock, @Value("${atelier.topics.claims}") String topic) {
        return new MongoReversals(mongo, new LedgerEventTranslator(json, topic), documents, clock);
    }

    @Bean
    KeepingLedger keepingLedger(Claims claims, Commendations commendations, Reversals reversals, Departments departments, Clock clock,
                                CompanyCalendar calendar) {
        return new KeepingLedger(claims, commendations, reversals, departments, clock, calendar.zone());
    }

    @Bean
    Regulations regulations(MongoTemplate mongo, JsonMapper json, AggregateDocuments documents, Clock clock, @Value("${atelier.topics.claims}") String topic) {
        return new MongoRegulations(mongo, new RegulationEventTranslator(json, topic), documents, clock);
    }

    @Bean
    FilingClaims filingClaims(Claims claims, Regulations regulations, Departments departments, KnownCustomers customers, Clock clock,
                              CompanyCalendar calendar) {
        return new FilingClaims(claims, regulations, departments, customers, clock, calendar.zone());
    }

    @Bean
    FilingCommendations filingCommendations(Commendations commendations, Departments departments, Clock clock) {
        return new FilingCommendations(commendations, departments, clock);
    }

    @Bean
    RunningMeetings runningMeetings(Meetings meetings, Claims claims, Commendations commendations, BonusPolicies policies,
                                    Departments departments, Clock clock, CompanyCalendar calendar) {
        return new RunningMeetings(meetings, claims, commendations, policies, departments, clock, calendar.zone());
    }

    @Bean
    KeepingRegulations keepingRegulations(Regulations regulations, Departments departments, Clock clock) {
        return new KeepingRegulations(regulations, departments, clock);
    }

    @Bean
    SettingBonusPolicy settingBonusPolicy(BonusPolicies policies, Clock clock) {
        return new SettingBonusPolicy(policies, clock);
    }
}
