package org.atelier.directory.replica;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.atelier.directory.replica.ReplicaProgress.Extent;
import org.junit.jupiter.api.Test;

class ReplicaProgressTest {

    private final ReplicaProgress progress = new ReplicaProgress();

    @Test
    void notCaughtUpBeforeTheBrokerHasSaidHowFarTheTopicGoes() {
        progress.read(0, 5);

        assertThat(progress.started()).isFalse();
        assertThat(progress.caughtUp()).isFalse();
        assertThat(progress.lag()).isEmpty();
    }

    @Test
    void anEmptyOrMissingTopicIsCaughtUpAtOnce() {
        progress.startedAt(Map.of());
        assertThat(progress.caughtUp()).isTrue();

        ReplicaProgress emptyPartitions = new ReplicaProgress();
        emptyPartitions.startedAt(Map.of(0, new Extent(0, 0), 1, new Extent(0, 0)));
        assertThat(emptyPartitions.caughtUp()).isTrue();
        assertThat(emptyPartitions.lag()).hasValue(0);
    }

    @Test
    void caughtUpOnceEveryPartitionIsReadToTheEndSeenAtStart() {
        progress.startedAt(Map.of(0, new Extent(0, 3), 1, new Extent(0, 1), 2, new Extent(0, 0)));
        assertThat(progress.behindStart()).hasValue(4);

        progress.read(0, 2);
        assertThat(progress.caughtUp()).as("partition 1 still unread").isFalse();
        progress.read(1, 0);

        assertThat(progress.caughtUp()).isTrue();
        assertThat(progress.lag()).hasValue(0);
    }

    @Test
    void recordsCompactedOrDeletedBeforeTheEarliestOffsetNeedNoReading() {
        progress.startedAt(Map.of(0, new Extent(7, 7), 1, new Extent(4, 6)));

        progress.read(1, 5);

        assertThat(progress.caughtUp()).isTrue();
    }

    @Test
    void theTargetIsTheEndSeenAtStartButTheLagFollowsTheTopic() {
        progress.startedAt(Map.of(0, new Extent(0, 2)));
        progress.startedAt(Map.of(0, new Extent(0, 50)));
        progress.read(0, 1);

        assertThat(progress.caughtUp()).isTrue();
        assertThat(progress.lag()).hasValue(48);
    }

    @Test
    void onceCaughtUpItStaysSoWhileNewEventsArrive() {
        progress.startedAt(Map.of(0, new Extent(0, 1)));
        progress.read(0, 0);

        progress.ended(Map.of(0, new Extent(0, 10)));

        assertThat(progress.caughtUp()).isTrue();
        assertThat(progress.lag()).hasValue(9);
    }

    @Test
    void aRecordReadAgainAfterARestartOfTheConsumerDoesNotMoveThePositionBack() {
        progress.startedAt(Map.of(0, new Extent(0, 100)));
        progress.read(0, 60);
        progress.read(0, 3);

        assertThat(progress.lag()).hasValue(39);
    }
}
