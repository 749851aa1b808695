package org.atelier.identity.demo;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.atelier.identity.department.DefaultDepartments;
import org.atelier.identity.department.Department;
import org.atelier.identity.user.ManagementLevel;
import org.atelier.identity.user.Role;

/**
 * Who the local demo users are: an administrator, a top manager, a finance user, and for every department a head
 * and an employee, so every role can be tried in every department. Top management is represented by its
 * manager alone: a head of top management would not mean anything.
 */
public final class DemoUserPlan {

    /** A demo user to create. */
    public record DemoUser(String username, String displayName, String department, ManagementLevel level, Set<Role> roles) {
    }

    /** Where the survey counts staff as commercial rather than other staff. */
    private static final Set<String> COMMERCIAL_DEPARTMENTS = Set.of("sales", "marketing");

    private DemoUserPlan() {
    }

    /** @param departments the active departments */
    public static List<DemoUser> forDepartments(List<Department> departments) {
        List<DemoUser> users = new ArrayList<>();
        users.add(new DemoUser("admin", "Administrator", "it", ManagementLevel.TOP_MANAGEMENT, EnumSet.of(Role.EMPLOYEE, Role.ADMIN)));
        users.add(new DemoUser("ceo", "Chief executive", DefaultDepartments.TOP_MANAGEMENT.value(), ManagementLevel.TOP_MANAGEMENT,
                EnumSet.of(Role.EMPLOYEE, Role.MANAGEMENT)));
        users.add(new DemoUser("finance", "Finance controller", "finance", ManagementLevel.OTHER_STAFF,
                EnumSet.of(Role.EMPLOYEE, Role.FINANCE)));
        for (Department department : departments) {
            String code = department.code().value();
            if (department.code().equals(DefaultDepartments.TOP_MANAGEMENT)) {
                continue;
            }
            users.add(new DemoUser(code + "-head", "Head of " + department.nameEn(), code, ManagementLevel.DIVISION_HEAD,
                    EnumSet.of(Role.EMPLOYEE, Role.DEPARTMENT_HEAD)));
            ManagementLevel staffLevel = COMMERCIAL_DEPARTMENTS.contains(code) ? ManagementLevel.COMMERCIAL_STAFF : ManagementLevel.OTHER_STAFF;
            users.add(new DemoUser(code + "-staff", department.nameEn() + " employee", code, staffLevel, EnumSet.of(Role.EMPLOYEE)));
        }
        return users;
    }
}
