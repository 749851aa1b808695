package org.atelier.reporting.pool.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.atelier.reporting.claims.ClaimFact;
import org.atelier.reporting.claims.ClaimFacts;
import org.atelier.reporting.claims.ClaimOutcomesReport;
import org.junit.jupiter.api.Test;

/** The pool's share of the claims is the claim outcomes report's "to the pool": one decision per claim. */
class ReadModelPoolInputsTest {

    @Test
    void aClaimsDecisionCountsOnceInThePoolAsInTheClaimOutcomes() {
        // A: 50.00 to the pool, its decision delivered under two event ids; B: 20.00; C decided in 2030: not 2031's.
        // 2031's claim transfers: 50.00 + 20.00 = 70.00, not 120.00.
        List<ClaimFact> facts = List.of(decision("e1", "A", 2031, 5_000), decision("e2", "A", 2031, 5_000), decision("e3", "B", 2031, 2_000),
                decision("e4", "C", 2030, 9_000));
        ClaimFacts claims = new ClaimFacts() {
            @Override
            public boolean addOnce(ClaimFact fact) {
                throw new UnsupportedOperationException();
            }

            @Override
            public List<ClaimFact> ofItemsTouching(int year) {
                return facts;
            }

            @Override
            public Optional<Integer> firstYear() {
                return Optional.of(2030);
            }

            @Override
            public Optional<Integer> lastYear() {
                return Optional.of(2031);
            }
        };

        long transfers = new ReadModelPoolInputs(null, claims, null).claimTransfers(2031);

        assertThat(transfers).isEqualTo(7_000);
        assertThat(ClaimOutcomesReport.of(2031, facts).totals().toThePool()).containsEntry("RUB", transfers);
    }

    private static ClaimFact decision(String eventId, String item, int year, long pool) {
        return new ClaimFact(eventId, item, ClaimFact.Kind.CLAIM_DECIDED, "sales", "logistics", LocalDate.of(year, 3, 1), year, "UPHELD",
                "RUB", pool * 2, pool, pool, 0, null);
    }
}
