package org.atelier.loyalty.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A customer's name or profile was corrected or updated. Carries the whole profile as it now is (empty fields are
 * null) and which fields changed. Payload of {@code org.atelier.loyalty.CustomerProfileChanged.v1}.
 *
 * @param changedFields names of the fields that changed: name, taxId, segment, region, accountManager, department,
 *                      cooperationSince
 */
public record CustomerProfileChangedV1(String customerId, String name, String taxId, String segment, String region, String accountManager,
                                       String department, LocalDate cooperationSince, List<String> changedFields, String changedBy,
                                       Instant changedAt) {
}
