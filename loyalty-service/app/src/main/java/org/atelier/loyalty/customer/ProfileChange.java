package org.atelier.loyalty.customer;

import java.time.Instant;
import java.util.List;

/** Someone corrected or updated a customer's name or profile; {@code fields} says which. */
public record ProfileChange(List<String> fields, String changedBy, Instant changedAt) {

    public ProfileChange {
        fields = List.copyOf(fields);
    }
}
