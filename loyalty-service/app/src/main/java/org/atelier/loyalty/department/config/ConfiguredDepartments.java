package org.atelier.loyalty.department.config;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.atelier.loyalty.customer.DepartmentCode;
import org.atelier.loyalty.customer.KnownDepartments;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The company's departments as configured ({@code atelier.departments}). The defaults are the structural
 * divisions the exit analysis and the responsibility matrix talk about.
 */
@ConfigurationProperties("atelier")
public record ConfiguredDepartments(
        @DefaultValue({"sales", "marketing", "production", "engineering", "supply", "logistics", "quality", "finance",
                "hr", "it", "legal", "top-management"}) List<String> departments) implements KnownDepartments {

    @Override
    public Set<DepartmentCode> all() {
        return departments.stream().map(DepartmentCode::new).collect(Collectors.toUnmodifiableSet());
    }
}
