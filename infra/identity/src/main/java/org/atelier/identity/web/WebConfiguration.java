package org.atelier.identity.web;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/** The pages' language (Accept-Language until the reader picks one) and the request size limit. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    /**
     * The language cookie every Atelier service reads (the page kit's resolver in service-security): it has no port
     * and no path, so the language picked at the portal holds in every service on the host, and the other way round.
     */
    static final String SHARED_LANGUAGE_COOKIE = "atelier_locale";

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver(SHARED_LANGUAGE_COOKIE);
        resolver.setDefaultLocaleFunction(Languages::preferredBy);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieSameSite("Lax");
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new LanguageSwitch(localeResolver()));
    }

    /** Before everything else, security included: an oversized body is refused before anyone reads it. */
    @Bean
    FilterRegistrationBean<RequestBodyLimitFilter> requestBodyLimitFilter(
            @Value("${atelier.identity.max-request-body}") DataSize limit) {
        FilterRegistrationBean<RequestBodyLimitFilter> registration = new FilterRegistrationBean<>(new RequestBodyLimitFilter(limit));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
