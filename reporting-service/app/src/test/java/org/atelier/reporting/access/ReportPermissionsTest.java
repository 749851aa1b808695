package org.atelier.reporting.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.atelier.security.CurrentUser;
import org.atelier.security.NotAllowed;
import org.atelier.security.Role;
import org.junit.jupiter.api.Test;

class ReportPermissionsTest {

    @Test
    void aHeadSeesOnlyTheirOwnDepartmentsRowsAndEveryoneElseWhoMayReadSeesAll() {
        assertThat(ReportPermissions.ownDepartmentOnly(user("logistics", Role.DEPARTMENT_HEAD))).contains("logistics");
        assertThat(ReportPermissions.ownDepartmentOnly(user(null, Role.DEPARTMENT_HEAD))).as("a head of no department: no row").contains("");
        assertThat(ReportPermissions.ownDepartmentOnly(user("board", Role.MANAGEMENT))).isEmpty();
        assertThat(ReportPermissions.ownDepartmentOnly(user("finance", Role.FINANCE, Role.DEPARTMENT_HEAD)))
                .as("finance's head is finance first").isEmpty();
        assertThat(ReportPermissions.ownDepartmentOnly(user("it", Role.ADMIN))).isEmpty();
        assertThat(ReportPermissions.ownDepartmentOnly(user(null, Role.SYSTEM))).isEmpty();
    }

    @Test
    void anEmployeeMayReadNoReport() {
        assertThatThrownBy(() -> ReportPermissions.checkMayReadReports(user("sales", Role.EMPLOYEE))).isInstanceOf(NotAllowed.class);
    }

    @Test
    void aHeadNarrowsToTheirOwnDepartmentOnlyAndManagementToAny() {
        CurrentUser head = user("logistics", Role.DEPARTMENT_HEAD);

        ReportPermissions.checkMayNarrowTo(head, java.util.Optional.of("logistics"));
        ReportPermissions.checkMayNarrowTo(head, java.util.Optional.empty());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ReportPermissions.checkMayNarrowTo(head, java.util.Optional.of("sales")))
                .isInstanceOf(NotTheirDepartment.class);
        ReportPermissions.checkMayNarrowTo(user("top-management", Role.MANAGEMENT, Role.DEPARTMENT_HEAD), java.util.Optional.of("sales"));
    }

    private static CurrentUser user(String department, Role... roles) {
        return new CurrentUser("someone", "Someone", department, null, Set.of(roles));
    }
}
