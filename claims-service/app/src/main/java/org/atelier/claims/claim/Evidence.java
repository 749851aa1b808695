package org.atelier.claims.claim;

import java.net.URI;
import org.atelier.claims.common.RuleViolation;

/**
 * What backs a claim: a description, and where the document is kept.
 *
 * @param link an http(s) address; may be null
 */
public record Evidence(String description, String link) {

    public Evidence {
        description = Texts.required("evidence", description, 1000);
        if (link != null && !link.isBlank()) {
            link = link.strip();
            URI uri;
            try {
                uri = URI.create(link);
            } catch (IllegalArgumentException e) {
                throw new RuleViolation("evidence", "evidenceLink", "A link is an http or https address");
            }
            if (link.length() > 2000 || uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
                throw new RuleViolation("evidence", "evidenceLink", "A link is an http or https address");
            }
        } else {
            link = null;
        }
    }
}
