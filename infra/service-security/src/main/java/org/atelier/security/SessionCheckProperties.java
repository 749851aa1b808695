package org.atelier.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code atelier.security.session-check.*}: how often a page session asks the provider about its person.
 *
 * @param interval the longest a session goes on without asking; every form post (POST, PUT, PATCH, DELETE) asks
 *                 regardless. A person deactivated at the provider loses their sessions here within it.
 */
@ConfigurationProperties("atelier.security.session-check")
public record SessionCheckProperties(@DefaultValue("60s") Duration interval) {

    public SessionCheckProperties {
        if (interval == null || interval.isNegative()) {
            throw new IllegalArgumentException("atelier.security.session-check.interval must be zero or more");
        }
    }
}
