package org.atelier.directory.replica;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class SourcePositionTest {

    private static final Instant NINE = Instant.parse("2026-07-01T09:00:00Z");
    private static final Instant TEN = Instant.parse("2026-07-01T10:00:00Z");

    @Test
    void anythingSupersedesNothingStored() {
        assertThat(new SourcePosition(0, 0, NINE).supersedes(null)).isTrue();
    }

    @Test
    void onTheSamePartitionTheHigherOffsetWinsWhateverTheClockSaid() {
        SourcePosition stored = new SourcePosition(1, 10, TEN);

        assertThat(new SourcePosition(1, 11, NINE).supersedes(stored)).as("later on the log, earlier clock").isTrue();
        assertThat(new SourcePosition(1, 9, TEN.plusSeconds(60)).supersedes(stored)).as("earlier on the log").isFalse();
    }

    @Test
    void theSameEventDeliveredAgainChangesNothing() {
        assertThat(new SourcePosition(2, 5, NINE).supersedes(new SourcePosition(2, 5, NINE))).isFalse();
    }

    @Test
    void onAnotherPartitionTheLaterChangeWinsAndAnEqualOneDoesNot() {
        SourcePosition stored = new SourcePosition(0, 100, NINE);

        assertThat(new SourcePosition(2, 3, TEN).supersedes(stored)).isTrue();
        assertThat(new SourcePosition(2, 300, NINE).supersedes(stored)).isFalse();
        assertThat(new SourcePosition(2, 300, NINE.minusSeconds(1)).supersedes(stored)).isFalse();
    }

    @Test
    void aPositionOffTheTopicIsRefused() {
        assertThatThrownBy(() -> new SourcePosition(-1, 0, NINE)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SourcePosition(0, -1, NINE)).isInstanceOf(IllegalArgumentException.class);
    }
}
