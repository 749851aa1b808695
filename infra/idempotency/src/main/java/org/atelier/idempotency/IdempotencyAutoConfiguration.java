package org.atelier.idempotency;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Idempotent commands for any servlet service with a {@link MongoTemplate} that has this library on its classpath. */
@AutoConfiguration(afterName = "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnBean(MongoTemplate.class)
@ConditionalOnProperty(prefix = "atelier.idempotency", name = "enabled", havingValue = "true", matchIfMissing = true)
@EnableConfigurationProperties(IdempotencyProperties.class)
public class IdempotencyAutoConfiguration {

    /** Right after Spring Security's filters (order -100), which tell who the caller is. */
    static final int FILTER_ORDER = -90;

    @Bean
    MongoIdempotencyKeys idempotencyKeys(MongoTemplate mongo, IdempotencyProperties properties, ObjectProvider<Clock> clock) {
        return new MongoIdempotencyKeys(mongo, properties, clock.getIfAvailable(Clock::systemUTC));
    }

    @Bean
    FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(MongoIdempotencyKeys keys, IdempotencyProperties properties,
                                                                ObjectProvider<Clock> clock, ObjectProvider<LocaleResolver> languages) {
        // The pages' own choice of language (a cookie, a parameter), else the browser's.
        LocaleResolver pageLanguage = languages.getIfAvailable();
        FilterRegistrationBean<IdempotencyFilter> registration = new FilterRegistrationBean<>(new IdempotencyFilter(keys, properties,
                clock.getIfAvailable(Clock::systemUTC), pageLanguage == null ? HttpServletRequest::getLocale : pageLanguage::resolveLocale));
        registration.setOrder(FILTER_ORDER);
        return registration;
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springdoc.core.customizers.GlobalOperationCustomizer")
    static class OpenApi {

        @Bean
        IdempotencyKeyInOpenApi idempotencyKeyInOpenApi(IdempotencyProperties properties) {
            return new IdempotencyKeyInOpenApi(properties);
        }
    }

    @Bean
    WebMvcConfigurer formTokens(IdempotencyProperties properties) {
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(new FormTokens(properties.formTokenField()));
            }
        };
    }
}
