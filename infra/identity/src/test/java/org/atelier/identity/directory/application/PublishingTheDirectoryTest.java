package org.atelier.identity.directory.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.atelier.identity.TestClock;
import org.atelier.identity.department.Department;
import org.atelier.identity.department.DepartmentCode;
import org.atelier.identity.department.InMemoryDepartments;
import org.atelier.identity.user.InMemoryUsers;
import org.atelier.identity.user.ManagementLevel;
import org.atelier.identity.user.PlainTextHasher;
import org.atelier.identity.user.Role;
import org.atelier.identity.user.User;
import org.atelier.identity.user.application.RegisteringUser;
import org.junit.jupiter.api.Test;

class PublishingTheDirectoryTest {

    /** Keeps what each save carried, as the outbox would publish it. */
    private final List<String> published = new ArrayList<>();
    private final InMemoryDepartments departments = new InMemoryDepartments() {
        @Override
        public void update(Department department) {
            super.update(department);
            department.newChanges().forEach(change -> published.add(department.code() + ":" + change));
        }
    };
    private final InMemoryUsers users = new InMemoryUsers() {
        @Override
        public void save(User user) {
            super.save(user);
            user.newChanges().forEach(change -> published.add(user.username() + ":" + change));
        }
    };
    private final List<String> marks = new ArrayList<>();
    private final PublishingTheDirectory.Marker marker = new PublishingTheDirectory.Marker() {
        @Override
        public boolean isSet() {
            return !marks.isEmpty();
        }

        @Override
        public void set(int departmentCount, int people) {
            marks.add(departmentCount + "/" + people);
        }
    };

    @Test
    void everyoneStoredBeforeIsAnnouncedOnceWithTheirStateAsItIs() {
        departments.add(Department.create(new DepartmentCode("sales"), "Sales", "Продажи"));
        departments.add(Department.create(new DepartmentCode("legal"), "Legal", "Юристы"));
        RegisteringUser registering = new RegisteringUser(users, departments, new PlainTextHasher(), TestClock.atSomeMorning());
        registering.register(new RegisteringUser.Command("ivanov", "Ivan Ivanov", null, "sales", ManagementLevel.COMMERCIAL_STAFF,
                EnumSet.of(Role.EMPLOYEE), "twelve chars", false));
        registering.register(new RegisteringUser.Command("petrova", "Olga Petrova", null, "sales", ManagementLevel.OTHER_STAFF,
                EnumSet.of(Role.EMPLOYEE), "twelve chars", false));
        published.clear();
        PublishingTheDirectory publishing = new PublishingTheDirectory(departments, users, marker);

        assertThat(publishing.publishExistingOnce()).contains(new PublishingTheDirectory.Published(2, 2));
        assertThat(published).containsExactly("legal:CREATED", "sales:CREATED", "ivanov:JOINED", "petrova:JOINED");
        assertThat(marks).containsExactly("2/2");

        published.clear();
        assertThat(publishing.publishExistingOnce()).as("done once").isEmpty();
        assertThat(published).isEmpty();
    }

    @Test
    void aNewInstallationHasNothingToAnnounceAndIsMarkedAllTheSame() {
        assertThat(new PublishingTheDirectory(departments, users, marker).publishExistingOnce())
                .contains(new PublishingTheDirectory.Published(0, 0));
        assertThat(marks).containsExactly("0/0");
    }
}
