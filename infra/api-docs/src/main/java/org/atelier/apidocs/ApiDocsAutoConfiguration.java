package org.atelier.apidocs;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springdoc.core.customizers.ServerBaseUrlCustomizer;

/** Every service's OpenAPI document gets its problem responses, licence, contact and server URL the same way. */
@AutoConfiguration
@ConditionalOnClass(GlobalOpenApiCustomizer.class)
@EnableConfigurationProperties(ApiDocsProperties.class)
public class ApiDocsAutoConfiguration {

    @Bean
    ProblemResponsesInOpenApi problemResponsesInOpenApi() {
        return new ProblemResponsesInOpenApi();
    }

    @Bean
    ServiceInfoInOpenApi serviceInfoInOpenApi(ApiDocsProperties properties) {
        return new ServiceInfoInOpenApi(properties);
    }

    /** The configured server URL instead of the one springdoc derives from each request, where one is configured. */
    @Bean
    ServerBaseUrlCustomizer configuredServerUrl(ApiDocsProperties properties) {
        return (derived, request) -> ApiDocsProperties.isSet(properties.serverUrl()) ? properties.serverUrl() : derived;
    }
}
