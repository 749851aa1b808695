package org.atelier.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code atelier.ui.*}: how a service presents itself on its start page.
 *
 * @param title       e.g. "Loyalty"
 * @param description one sentence on what the department does here
 * @param genericHome whether the shared start page serves {@code /}
 */
@ConfigurationProperties("atelier.ui")
public record UiProperties(@DefaultValue("Atelier") String title, @DefaultValue("") String description,
                           @DefaultValue("true") boolean genericHome) {
}
