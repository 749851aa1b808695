package org.atelier.loyalty.customer.application;

import java.time.LocalDate;
import org.atelier.loyalty.common.RuleViolation;
import org.atelier.loyalty.customer.CustomerProfile;
import org.atelier.loyalty.customer.DepartmentCode;
import org.atelier.loyalty.customer.KnownDepartments;
import org.atelier.loyalty.customer.TaxId;

/** A profile as people type it (every field may be empty), checked against the departments the company has. */
record ProfileInput(String taxId, String segment, String region, String accountManager, String department, LocalDate cooperationSince) {

    /** @throws RuleViolation when the tax id is invalid, the department unknown or a text too long */
    CustomerProfile toProfile(KnownDepartments departments) {
        DepartmentCode code = null;
        if (department != null && !department.isBlank()) {
            code = new DepartmentCode(department.strip());
            if (!departments.contains(code)) {
                throw new RuleViolation("department", "unknownDepartment", "Unknown department ''{0}''", code.value());
            }
        }
        TaxId validTaxId = taxId == null || taxId.isBlank() ? null : new TaxId(taxId.strip());
        return new CustomerProfile(validTaxId, segment, region, accountManager, code, cooperationSince);
    }
}
