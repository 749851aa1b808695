package org.atelier.loyalty.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A customer left for a competitor. Payload of {@code org.atelier.loyalty.CustomerLost.v1}.
 *
 * @param significance the customer's significance when it was lost: {@code KEY} or {@code REGULAR}
 * @param lostOn       the day the customer was lost; its year is the reporting year
 * @param reasons      at least one, exactly one of them primary
 * @param note         free text, may be null
 */
public record CustomerLostV1(String customerId, String customerName, String significance, String competitor,
                             LocalDate lostOn, List<Reason> reasons, String note, Instant recordedAt) {

    /**
     * @param code               one of the reason taxonomy's codes, e.g. {@code STAFF_ATTITUDE}
     * @param departmentsAtFault department codes; not empty exactly when the code is {@code STAFF_ATTITUDE}
     */
    public record Reason(String code, boolean primary, List<String> departmentsAtFault) {
    }
}
