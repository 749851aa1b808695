package org.atelier.apidocs;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;

import static org.atelier.apidocs.ApiDocsProperties.isSet;

/**
 * Title, version, description, licence and contact from configuration, so that other systems' tools know whose
 * API it is and on what terms (springdoc alone writes "OpenAPI definition", "v0" and nothing else). What a
 * service states itself, in an {@code OpenAPI} bean of its own, is kept.
 */
class ServiceInfoInOpenApi implements GlobalOpenApiCustomizer {

    private static final String SPRINGDOC_DEFAULT_TITLE = "OpenAPI definition";
    private static final String SPRINGDOC_DEFAULT_VERSION = "v0";

    private final ApiDocsProperties properties;

    ServiceInfoInOpenApi(ApiDocsProperties properties) {
        this.properties = properties;
    }

    @Override
    public void customise(OpenAPI openApi) {
        Info info = openApi.getInfo() == null ? new Info() : openApi.getInfo();
        if ((!isSet(info.getTitle()) || SPRINGDOC_DEFAULT_TITLE.equals(info.getTitle())) && isSet(properties.title())) {
            info.setTitle(properties.title());
        }
        if ((!isSet(info.getVersion()) || SPRINGDOC_DEFAULT_VERSION.equals(info.getVersion())) && isSet(properties.version())) {
            info.setVersion(properties.version());
        }
        if (!isSet(info.getDescription()) && isSet(properties.description())) {
            info.setDescription(properties.description());
        }
        if (info.getLicense() == null && isSet(properties.licenceName())) {
            License licence = new License().name(properties.licenceName());
            if (isSet(properties.licenceUrl())) {
                licence.setUrl(properties.licenceUrl());
            } else {
                licence.setIdentifier(blankAsNull(properties.licenceIdentifier()));
            }
            info.setLicense(licence);
        }
        if (info.getContact() == null && isSet(properties.contactName())) {
            info.setContact(new Contact().name(properties.contactName()).email(blankAsNull(properties.contactEmail()))
                    .url(blankAsNull(properties.contactUrl())));
        }
        openApi.setInfo(info);
    }

    private static String blankAsNull(String value) {
        return isSet(value) ? value : null;
    }
}
