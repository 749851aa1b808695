package org.atelier.directory.replica.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The directory replica's settings ({@code atelier.directory.*}).
 *
 * @param enabled        whether the service keeps a replica (off unless the service says so)
 * @param topic          the identity provider's topic
 * @param group          the consumer group the replica commits under; also names its dead-letter topic
 * @param progressEvery  how often the replica asks the broker how far the topic goes (for readiness and the lag)
 * @param brokerTimeout  how long one such question may take
 */
@ConfigurationProperties("atelier.directory")
public record DirectoryProperties(boolean enabled, @DefaultValue("atelier.identity.events") String topic, String group,
                                  @DefaultValue("2s") Duration progressEvery, @DefaultValue("3s") Duration brokerTimeout) {
}
