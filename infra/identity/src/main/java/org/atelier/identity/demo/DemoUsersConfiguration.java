package org.atelier.identity.demo;

import java.nio.file.Path;
import org.atelier.identity.department.Departments;
import org.atelier.identity.user.Users;
import org.atelier.identity.user.application.RegisteringUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/** Demo users exist on the local system only: no other profile even has the bean that creates them. */
@Configuration(proxyBeanMethods = false)
@Profile("local")
class DemoUsersConfiguration {

    @Bean
    DemoUsersOnFirstStart demoUsersOnFirstStart(Users users, Departments departments, RegisteringUser registering,
                                                @Value("${atelier.identity.demo-users-file}") Path file) {
        return new DemoUsersOnFirstStart(users, departments, registering, file);
    }
}
