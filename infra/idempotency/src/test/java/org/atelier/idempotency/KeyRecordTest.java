package org.atelier.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.atelier.idempotency.KeyRecord.Verdict;
import org.junit.jupiter.api.Test;

class KeyRecordTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final StoredResponse CREATED = new StoredResponse(201, "application/json", "/api/x/1", "{}".getBytes());

    @Test
    void theSameRequestAfterTheFirstFinishedGetsItsResponseAgain() {
        assertThat(done().judge("fp", NOW)).isEqualTo(Verdict.REPLAY);
    }

    @Test
    void anotherRequestUnderTheSameKeyIsAMismatchWhetherTheFirstFinishedOrNot() {
        assertThat(done().judge("other", NOW)).isEqualTo(Verdict.MISMATCH);
        assertThat(running(NOW.plusSeconds(30)).judge("other", NOW)).isEqualTo(Verdict.MISMATCH);
    }

    @Test
    void theSameRequestWhileTheFirstRunsIsInFlight() {
        assertThat(running(NOW.plusSeconds(30)).judge("fp", NOW)).isEqualTo(Verdict.IN_FLIGHT);
    }

    @Test
    void aRequestWhoseLeaseRanOutDiedWithItsInstanceAndFreesTheKey() {
        assertThat(running(NOW.minusSeconds(1)).judge("fp", NOW)).isEqualTo(Verdict.FREE);
        assertThat(running(NOW).judge("fp", NOW)).isEqualTo(Verdict.FREE);
    }

    @Test
    void aKeyPastItsRetentionIsForgottenEvenBeforeTheDatabaseRemovesIt() {
        KeyRecord expired = new KeyRecord("c", "fp", true, NOW.minus(Duration.ofDays(1)), NOW, CREATED);

        assertThat(expired.judge("fp", NOW)).isEqualTo(Verdict.FREE);
        assertThat(expired.judge("other", NOW)).isEqualTo(Verdict.FREE);
    }

    private static KeyRecord done() {
        return new KeyRecord("c", "fp", true, NOW.minusSeconds(60), NOW.plus(Duration.ofHours(24)), CREATED);
    }

    private static KeyRecord running(Instant leaseUntil) {
        return new KeyRecord("c", "fp", false, leaseUntil, NOW.plus(Duration.ofHours(24)), null);
    }
}
