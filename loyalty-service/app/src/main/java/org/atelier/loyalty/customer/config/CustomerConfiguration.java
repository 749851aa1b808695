package org.atelier.loyalty.customer.config;

import org.atelier.calendar.CompanyCalendar;
import org.atelier.loyalty.customer.Customers;
import org.atelier.directory.Directory;
import org.atelier.loyalty.customer.DepartmentNaming;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.atelier.loyalty.customer.LoyaltyReviews;
import org.atelier.loyalty.customer.persistence.MongoLoyaltyReviews;
import org.atelier.loyalty.customer.application.ChangingClubMembership;
import org.atelier.loyalty.customer.application.CorrectingRecords;
import org.atelier.loyalty.customer.application.ChangingSignificance;
import org.atelier.loyalty.customer.application.EditingProfile;
import org.atelier.loyalty.customer.application.FindingCustomers;
import org.atelier.loyalty.customer.LoyaltyRule;
import org.atelier.loyalty.customer.application.RecordingLoss;
import org.atelier.loyalty.customer.application.GrantingReward;
import org.atelier.loyalty.customer.application.RecordingPurchase;
import org.atelier.loyalty.customer.application.RedeemingPoints;
import org.atelier.loyalty.programme.Programmes;
import org.atelier.loyalty.customer.application.ReviewingLoyalty;
import org.atelier.loyalty.customer.application.RegisteringCustomer;
import org.atelier.loyalty.customer.messaging.CustomerEventTranslator;
import org.atelier.loyalty.customer.persistence.MongoCustomers;
import org.atelier.loyalty.customer.persistence.MongoOutstandingPoints;
import org.atelier.loyalty.programme.OutstandingPoints;
import org.atelier.outbox.AggregateDocuments;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.json.JsonMapper;

/** Wires the customer feature: the domain and use cases stay free of Spring. */
@Configuration(proxyBeanMethods = false)
class CustomerConfiguration {

    @Bean
    Customers customers(MongoTemplate mongo, JsonMapper json, AggregateDocuments documents, Clock clock,
                        @Value("${atelier.topics.loyalty}") String topic) {
        MongoCustomers customers = new MongoCustomers(mongo, new CustomerEventTranslator(json, topic), documents, clock);
        customers.ensureIndexes();
        return customers;
    }

    /** Lets the programme refuse a change of currency while customers hold points earned in the old one. */
    @Bean
    OutstandingPoints outstandingPoints(MongoTemplate mongo) {
        return new MongoOutstandingPoints(mongo);
    }

    /** Departments are validated against the company directory, replicated from the identity provider's events. */
    @Bean
    DepartmentNaming departmentNaming(Directory directory) {
        return new DepartmentNaming(directory);
    }

    @Bean
    RegisteringCustomer registeringCustomer(Customers customers, DepartmentNaming departments, CompanyCalendar calendar) {
        return new RegisteringCustomer(customers, departments, calendar);
    }

    @Bean
    EditingProfile editingProfile(Customers customers, DepartmentNaming departments, CompanyCalendar calendar) {
        return new EditingProfile(customers, departments, calendar);
    }

    @Bean
    ChangingSignificance changingSignificance(Customers customers, Clock clock) {
        return new ChangingSignificance(customers, clock);
    }

    @Bean
    RecordingLoss recordingLoss(Customers customers, DepartmentNaming departments, CompanyCalendar calendar) {
        return new RecordingLoss(customers, departments, calendar);
    }

    @Bean
    FindingCustomers findingCustomers(Customers customers) {
        return new FindingCustomers(customers);
    }

    @Bean
    LoyaltyRule loyaltyRule(@Value("${atelier.loyalty.consecutive-years:2}") int consecutiveYears) {
        return new LoyaltyRule(consecutiveYears);
    }

    @Bean
    RecordingPurchase recordingPurchase(Customers customers, LoyaltyRule rule, Programmes programmes, CompanyCalendar calendar) {
        return new RecordingPurchase(customers, rule, programmes, calendar);
    }

    @Bean
    RedeemingPoints redeemingPoints(Customers customers, Programmes programmes, CompanyCalendar calendar) {
        return new RedeemingPoints(customers, programmes, calendar);
    }

    @Bean
    GrantingReward grantingReward(Customers customers, CompanyCalendar calendar) {
        return new GrantingReward(customers, calendar);
    }

    @Bean
    ChangingClubMembership changingClubMembership(Customers customers, LoyaltyRule rule, CompanyCalendar calendar) {
        return new ChangingClubMembership(customers, rule, calendar);
    }

    @Bean
    CorrectingRecords correctingRecords(Customers customers, LoyaltyRule rule, Programmes programmes, CompanyCalendar calendar) {
        return new CorrectingRecords(customers, rule, programmes, calendar);
    }

    @Bean
    LoyaltyReviews loyaltyReviews(MongoTemplate mongo) {
        return new MongoLoyaltyReviews(mongo);
    }

    @Bean
    ReviewingLoyalty reviewingLoyalty(Customers customers, LoyaltyRule rule, CompanyCalendar calendar, LoyaltyReviews reviews,
                                      @Value("${atelier.loyalty.review.lease:PT10M}") Duration lease,
                                      @Value("${atelier.loyalty.review.page:200}") int page) {
        // Unique per process, so a restarted instance does not pass for the one that crashed.
        String runner = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();
        return new ReviewingLoyalty(customers, rule, calendar, reviews, new ReviewingLoyalty.Runner(runner, lease, page));
    }
}
