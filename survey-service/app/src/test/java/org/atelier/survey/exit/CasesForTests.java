package org.atelier.survey.exit;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.atelier.survey.exit.application.OpeningCases;

/** Opens cases straight through the use case, for tests about working them rather than about how they open. */
final class CasesForTests {

    static final LocalDate LOST_ON = LocalDate.now(ZoneOffset.UTC).minusDays(5);
    static final LocalDate YESTERDAY = LocalDate.now(ZoneOffset.UTC).minusDays(1);

    private CasesForTests() {
    }

    /** A case of a sales customer, assigned to {@code manager}; returns its id. */
    static String openFor(OpeningCases opening, String manager) {
        String lossEventId = UUID.randomUUID().toString();
        opening.open(new LostCustomer(lossEventId, UUID.randomUUID().toString(), "Tailspin Toys", "KEY", LOST_ON, manager, "sales"));
        return CaseId.forLoss(lossEventId);
    }
}
