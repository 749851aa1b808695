package org.atelier.security;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The pages' language resolver. Spring Boot registers one that only follows the browser; this one comes first
 * so the reader's choice ({@code ?lang=}) sticks.
 */
@AutoConfiguration(beforeName = "org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration")
public class PageLanguageAutoConfiguration {

    @Bean(name = "localeResolver")
    @ConditionalOnMissingBean(name = "localeResolver")
    LocaleResolver localeResolver() {
        return PageLanguage.resolver();
    }
}
