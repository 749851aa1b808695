package org.atelier.reporting.freshness;

import java.util.Map;

/** How far reporting's consumer groups are behind the end of each topic they read. */
public interface ConsumerLag {

    /** @return per topic, per group, the records not yet consumed; a topic is absent when the broker did not answer */
    Map<String, Map<String, Long>> byTopicAndGroup();
}
