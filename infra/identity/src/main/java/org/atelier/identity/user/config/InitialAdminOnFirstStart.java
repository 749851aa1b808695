package org.atelier.identity.user.config;

import java.util.EnumSet;
import org.atelier.identity.department.config.SeedDepartmentsOnFirstStart;
import org.atelier.identity.user.ManagementLevel;
import org.atelier.identity.user.Role;
import org.atelier.identity.user.Users;
import org.atelier.identity.user.application.RegisteringUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;

/**
 * Outside the local system nobody could sign in to a new installation to create the first users. When an
 * initial admin password is configured and there are no users yet, this creates the user {@value #USERNAME}
 * with that password, marked temporary so the portal asks for a new one.
 */
public class InitialAdminOnFirstStart implements ApplicationRunner, Ordered {

    public static final String USERNAME = "admin";
    private static final Logger log = LoggerFactory.getLogger(InitialAdminOnFirstStart.class);

    private final Users users;
    private final RegisteringUser registering;
    private final String password;

    InitialAdminOnFirstStart(Users users, RegisteringUser registering, String password) {
        this.users = users;
        this.registering = registering;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (password.isBlank() || !users.isEmpty()) {
            return;
        }
        registering.register(new RegisteringUser.Command(USERNAME, "Administrator", null, "it",
                ManagementLevel.OTHER_STAFF, EnumSet.of(Role.EMPLOYEE, Role.ADMIN), password, true));
        log.info("Created the initial administrator '{}'", USERNAME);
    }

    /** After the departments and after the local demo users, which include an admin of their own. */
    @Override
    public int getOrder() {
        return SeedDepartmentsOnFirstStart.ORDER + 2;
    }
}
