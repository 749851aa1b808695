package org.atelier.identity.demo;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.atelier.identity.department.Department;
import org.atelier.identity.department.Departments;
import org.atelier.identity.department.config.SeedDepartmentsOnFirstStart;
import org.atelier.identity.user.RandomPasswords;
import org.atelier.identity.user.Role;
import org.atelier.identity.user.Users;
import org.atelier.identity.user.application.RegisteringUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;

/**
 * On the local system's first start (no users yet), creates the demo users with random passwords and lists them
 * in a file for the person at the keyboard. Wired only in the {@code local} profile.
 */
public class DemoUsersOnFirstStart implements ApplicationRunner, Ordered {

    private static final Logger log = LoggerFactory.getLogger(DemoUsersOnFirstStart.class);

    private final Users users;
    private final Departments departments;
    private final RegisteringUser registering;
    private final Path file;

    DemoUsersOnFirstStart(Users users, Departments departments, RegisteringUser registering, Path file) {
        this.users = users;
        this.departments = departments;
        this.registering = registering;
        this.file = file;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!users.isEmpty()) {
            log.info("Users exist already; the demo users, if any, are listed in {}", file.toAbsolutePath());
            return;
        }
        List<Department> active = departments.list().stream().filter(Department::isActive).toList();
        List<DemoUsersFile.Row> rows = new ArrayList<>();
        for (DemoUserPlan.DemoUser user : DemoUserPlan.forDepartments(active)) {
            String password = RandomPasswords.generate();
            registering.register(new RegisteringUser.Command(user.username(), user.displayName(), null, user.department(),
                    user.level(), user.roles(), password, false));
            rows.add(new DemoUsersFile.Row(user.username(), password, user.department(), user.level().name(),
                    user.roles().stream().map(Role::name).sorted().collect(Collectors.joining(","))));
        }
        DemoUsersFile.write(file, rows);
        log.info("Created {} demo users; their passwords are in {}", rows.size(), file.toAbsolutePath());
    }

    /** After the departments exist, before the initial admin would be considered. */
    @Override
    public int getOrder() {
        return SeedDepartmentsOnFirstStart.ORDER + 1;
    }
}
