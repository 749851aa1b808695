package org.atelier.directory.replica.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * When a service sets {@code atelier.directory.enabled=true}, adds {@code atelier-directory-defaults.yml} to its
 * environment: the binding of the identity topic (group, retries, dead-letter topic, reading every partition from the
 * start), the function definition and the readiness group with {@code directory}. They rank below everything the
 * service sets itself and above the shared service defaults, whose readiness group they extend.
 */
public class DirectoryDefaults implements EnvironmentPostProcessor, Ordered {

    static final String RESOURCE = "atelier-directory-defaults.yml";
    /** The shared defaults' property source (org.atelier.defaults.ServiceDefaults), when a service has them. */
    static final String SERVICE_DEFAULTS = "atelier-service-defaults.yml";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.getProperty("atelier.directory.enabled", Boolean.class, false) || environment.getPropertySources().contains(RESOURCE)) {
            return;
        }
        try {
            for (PropertySource<?> source : new YamlPropertySourceLoader().load(RESOURCE, new ClassPathResource(RESOURCE))) {
                if (environment.getPropertySources().contains(SERVICE_DEFAULTS)) {
                    environment.getPropertySources().addBefore(SERVICE_DEFAULTS, source);
                } else {
                    environment.getPropertySources().addLast(source);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    /** Before the shared service defaults, which add themselves last. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE - 10;
    }
}
