package org.atelier.outbox;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code atelier.outbox.*}. The collections to sweep are not configured: {@link OutboxCollections} finds them.
 *
 * @param sweepInterval         how often the recovery sweep runs
 * @param sweepGrace            how old a pending event must be before the sweep takes it
 * @param sweepBatchSize        documents per collection per sweep, oldest pending event first
 * @param retryBackoff          how long the sweep leaves an aggregate alone after its first failed publish; doubled
 *                              after every further failure
 * @param retryBackoffMax       the longest it leaves one alone
 * @param brokerAwayAfter       this many different aggregates failing in a row end a collection's pass early: the
 *                              broker, not the aggregates, is at fault, and trying the rest would only wait on timeouts
 * @param leaseDuration         how long a relay holds an aggregate's events while publishing them; another instance
 *                              takes over after it, so keep it well above one batch of sends
 * @param crashDrill            {@code halt-after-write} arms the {@link CrashDrill}; anything else leaves it off
 */
@ConfigurationProperties("atelier.outbox")
public record OutboxProperties(
        @DefaultValue("5s") Duration sweepInterval,
        @DefaultValue("2s") Duration sweepGrace,
        @DefaultValue("500") int sweepBatchSize,
        @DefaultValue("5s") Duration retryBackoff,
        @DefaultValue("5m") Duration retryBackoffMax,
        @DefaultValue("5") int brokerAwayAfter,
        @DefaultValue("30s") Duration leaseDuration,
        @DefaultValue("off") String crashDrill) {

    /** The defaults, for code that builds the outbox without Spring. */
    public static OutboxProperties defaults() {
        return new OutboxProperties(Duration.ofSeconds(5), Duration.ofSeconds(2), 500, Duration.ofSeconds(5), Duration.ofMinutes(5), 5,
                Duration.ofSeconds(30), "off");
    }

    public OutboxProperties withSweepGrace(Duration grace) {
        return new OutboxProperties(sweepInterval, grace, sweepBatchSize, retryBackoff, retryBackoffMax, brokerAwayAfter, leaseDuration, crashDrill);
    }

    public OutboxProperties withSweepInterval(Duration interval) {
        return new OutboxProperties(interval, sweepGrace, sweepBatchSize, retryBackoff, retryBackoffMax, brokerAwayAfter, leaseDuration, crashDrill);
    }

    public OutboxProperties withBatchSize(int batchSize) {
        return new OutboxProperties(sweepInterval, sweepGrace, batchSize, retryBackoff, retryBackoffMax, brokerAwayAfter, leaseDuration, crashDrill);
    }

    boolean crashDrillArmed() {
        return "halt-after-write".equals(crashDrill);
    }
}
