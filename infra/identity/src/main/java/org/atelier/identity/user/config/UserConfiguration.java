package org.atelier.identity.user.config;

import java.time.Clock;
import org.atelier.identity.department.DepartmentMembers;
import org.atelier.identity.department.Departments;
import org.atelier.identity.logout.BackChannelLogout;
import org.atelier.identity.logout.SessionTokens;
import org.atelier.identity.logout.UsersEndingStaleSessions;
import org.atelier.identity.user.PasswordHasher;
import org.atelier.identity.user.Users;
import org.atelier.identity.user.application.ChangingOwnPassword;
import org.atelier.identity.user.application.ChangingUserAssignment;
import org.atelier.identity.user.application.DeactivatingUser;
import org.atelier.identity.user.application.FindingUsers;
import org.atelier.identity.user.application.ReactivatingUser;
import org.atelier.identity.user.application.RegisteringUser;
import org.atelier.identity.user.application.ResettingPassword;
import org.atelier.identity.user.messaging.PersonEventTranslator;
import org.atelier.identity.user.persistence.MongoUsers;
import org.atelier.outbox.AggregateDocuments;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.json.JsonMapper;

/** Wires the user feature: the domain and use cases stay free of Spring. */
@Configuration(proxyBeanMethods = false)
class UserConfiguration {

    /** Every saved change that a person's open sessions must not outlive ends them at the UIs; a new password revokes their refresh tokens. */
    @Bean
    Users users(MongoTemplate mongo, AggregateDocuments documents, JsonMapper json, Clock clock, @Value("${atelier.topics.identity}") String topic,
                BackChannelLogout backChannelLogout, SessionTokens sessionTokens) {
        MongoUsers store = new MongoUsers(mongo, documents, new PersonEventTranslator(json, topic), clock);
        return new UsersEndingStaleSessions(store, backChannelLogout, sessionTokens);
    }

    /** How many active people a department has, for the departments' side, which does not know users. */
    @Bean
    DepartmentMembers departmentMembers(Users users) {
        return users::countActiveIn;
    }

    @Bean
    RegisteringUser registeringUser(Users users, Departments departments, PasswordHasher hasher, Clock clock) {
        return new RegisteringUser(users, departments, hasher, clock);
    }

    @Bean
    ChangingUserAssignment changingUserAssignment(Users users, Departments departments) {
        return new ChangingUserAssignment(users, departments);
    }

    @Bean
    DeactivatingUser deactivatingUser(Users users) {
        return new DeactivatingUser(users);
    }

    @Bean
    ReactivatingUser reactivatingUser(Users users) {
        return new ReactivatingUser(users);
    }

    @Bean
    ResettingPassword resettingPassword(Users users, PasswordHasher hasher, Clock clock) {
        return new ResettingPassword(users, hasher, clock);
    }

    @Bean
    ChangingOwnPassword changingOwnPassword(Users users, PasswordHasher hasher, Clock clock) {
        return new ChangingOwnPassword(users, hasher, clock);
    }

    @Bean
    FindingUsers findingUsers(Users users) {
        return new FindingUsers(users);
    }

    @Bean
    InitialAdminOnFirstStart initialAdminOnFirstStart(Users users, RegisteringUser registering,
                                                      @Value("${atelier.identity.initial-admin-password:}") String password) {
        return new InitialAdminOnFirstStart(users, registering, password);
    }
}
