package org.atelier.loyalty.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.atelier.security.CurrentUser;
import org.atelier.security.Role;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CustomerPermissionsTest {

    @ParameterizedTest(name = "{0} {1} may manage customers: {2}")
    @CsvSource({
            "sales,       EMPLOYEE,        true",
            "marketing,   DEPARTMENT_HEAD, true",
            "logistics,   EMPLOYEE,        false",
            "logistics,   DEPARTMENT_HEAD, false",
            "finance,     FINANCE,         false",
            "top-management, MANAGEMENT,   false",
            "it,          ADMIN,           true",
            ",            SYSTEM,          true",
            "sales,       FINANCE,         false"})
    void salesAndMarketingStaffAdminsAndSystemsManageCustomers(String department, Role role, boolean allowed) {
        CurrentUser caller = new CurrentUser("u", "U", department, "OTHER_STAFF", Set.of(role));

        assertThat(CustomerPermissions.mayManageCustomers(caller)).isEqualTo(allowed);
    }

    @ParameterizedTest(name = "{0} {1} may correct records: {2}")
    @CsvSource({
            "sales,       EMPLOYEE,        false",
            "marketing,   EMPLOYEE,        false",
            "sales,       DEPARTMENT_HEAD, true",
            "marketing,   DEPARTMENT_HEAD, true",
            "logistics,   DEPARTMENT_HEAD, false",
            "top-management, MANAGEMENT,   false",
            "it,          ADMIN,           true",
            ",            SYSTEM,          true"})
    void headsOfSalesOrMarketingAdminsAndSystemsCorrectMistakenRecords(String department, Role role, boolean allowed) {
        CurrentUser caller = new CurrentUser("u", "U", department, "OTHER_STAFF", Set.of(role));

        assertThat(CustomerPermissions.mayCorrectRecords(caller)).isEqualTo(allowed);
    }
}
