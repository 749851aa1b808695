package org.atelier.apidocs;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code atelier.api-docs.*}: what a service's OpenAPI document says about itself. The shared defaults
 * (infra/service-defaults) fill every one from the service's own settings or from environment variables.
 *
 * @param title        e.g. "Loyalty API"
 * @param version      the API's version, not the build's
 * @param description  one sentence on what the API is for
 * @param licenceName  the licence the API is offered under, e.g. "Proprietary"
 * @param licenceIdentifier its SPDX identifier, e.g. "Apache-2.0", or a {@code LicenseRef-} of one's own; used
 *                     when there is no {@code licenceUrl} (OpenAPI 3.1 allows only one of the two)
 * @param licenceUrl   where its terms are; blank for none
 * @param contactName  who answers questions about the API
 * @param contactEmail blank for none
 * @param contactUrl   blank for none
 * @param serverUrl    the URL the API is called at, as its callers reach it (behind a proxy, the proxy's); blank to
 *                     name the URL each request for the document came in at
 */
@ConfigurationProperties("atelier.api-docs")
public record ApiDocsProperties(String title, String version, String description, String licenceName, String licenceIdentifier,
                                String licenceUrl,
                                String contactName, String contactEmail, String contactUrl, String serverUrl) {

    static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }
}
