package org.atelier.outbox;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code atelier.outbox.*}
 *
 * @param collections     the collections whose documents carry an {@code outbox} array
 * @param sweepInterval   how often the recovery sweep runs
 * @param sweepGrace      how old a pending event must be before the sweep takes it
 * @param sweepBatchSize  documents per collection per sweep
 * @param crashDrill      {@code halt-after-write} arms the {@link CrashDrill}; anything else leaves it off
 */
@ConfigurationProperties("atelier.outbox")
public record OutboxProperties(
        @DefaultValue List<String> collections,
        @DefaultValue("5s") Duration sweepInterval,
        @DefaultValue("2s") Duration sweepGrace,
        @DefaultValue("500") int sweepBatchSize,
        @DefaultValue("off") String crashDrill) {

    boolean crashDrillArmed() {
        return "halt-after-write".equals(crashDrill);
    }
}
