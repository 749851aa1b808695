package org.atelier.identity.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.atelier.identity.department.DefaultDepartments;
import org.atelier.identity.demo.DemoUserPlan.DemoUser;
import org.atelier.identity.user.ManagementLevel;
import org.atelier.identity.user.Role;
import org.atelier.identity.user.Username;
import org.junit.jupiter.api.Test;

class DemoUserPlanTest {

    private final Map<String, DemoUser> plan = DemoUserPlan.forDepartments(DefaultDepartments.all()).stream()
            .collect(Collectors.toMap(DemoUser::username, Function.identity()));

    @Test
    void hasAnAdminATopManagerAndAFinanceUser() {
        assertThat(plan.get("admin")).satisfies(admin -> {
            assertThat(admin.department()).isEqualTo("it");
            assertThat(admin.level()).isEqualTo(ManagementLevel.TOP_MANAGEMENT);
            assertThat(admin.roles()).contains(Role.ADMIN);
        });
        assertThat(plan.get("ceo").roles()).contains(Role.MANAGEMENT);
        assertThat(plan.get("ceo").department()).isEqualTo("top-management");
        assertThat(plan.get("finance").roles()).contains(Role.FINANCE);
    }

    @Test
    void hasAHeadAndAnEmployeeInEveryDepartmentButTopManagement() {
        for (String department : List.of("sales", "marketing", "production", "engineering", "supply", "logistics", "quality",
                "finance", "hr", "it", "legal")) {
            assertThat(plan.get(department + "-head")).satisfies(head -> {
                assertThat(head.department()).isEqualTo(department);
                assertThat(head.level()).isEqualTo(ManagementLevel.DIVISION_HEAD);
                assertThat(head.roles()).containsExactlyInAnyOrder(Role.EMPLOYEE, Role.DEPARTMENT_HEAD);
            });
            assertThat(plan.get(department + "-staff").roles()).containsExactly(Role.EMPLOYEE);
        }
        assertThat(plan).doesNotContainKeys("top-management-head", "top-management-staff");
    }

    @Test
    void salesAndMarketingStaffAreCommercialStaff() {
        assertThat(plan.get("sales-staff").level()).isEqualTo(ManagementLevel.COMMERCIAL_STAFF);
        assertThat(plan.get("marketing-staff").level()).isEqualTo(ManagementLevel.COMMERCIAL_STAFF);
        assertThat(plan.get("logistics-staff").level()).isEqualTo(ManagementLevel.OTHER_STAFF);
    }

    @Test
    void everyUsernameIsValid() {
        plan.keySet().forEach(Username::of);
    }
}
