package org.atelier.loyalty.customer.application;

import java.time.LocalDate;
import org.atelier.loyalty.common.RuleViolation;
import org.atelier.loyalty.customer.CustomerProfile;
import org.atelier.loyalty.customer.DepartmentCode;
import org.atelier.loyalty.customer.DepartmentNaming;
import org.atelier.loyalty.customer.TaxId;

/** A profile as people type it (every field may be empty), its department checked against the company directory. */
record ProfileInput(String taxId, String segment, String region, String accountManager, String department, LocalDate cooperationSince) {

    /**
     * @param kept the department the profile names now (null for a new customer): it may stay even if closed since
     * @throws RuleViolation when the tax id is invalid, the department unknown or closed, or a text too long
     */
    CustomerProfile toProfile(DepartmentNaming departments, DepartmentCode kept) {
        DepartmentCode code = null;
        if (department != null && !department.isBlank()) {
            code = departments.requireInForceOrKept(new DepartmentCode(department.strip()), kept, "department");
        }
        TaxId validTaxId = taxId == null || taxId.isBlank() ? null : new TaxId(taxId.strip());
        return new CustomerProfile(validTaxId, segment, region, accountManager, code, cooperationSince);
    }
}
