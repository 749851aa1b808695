package org.atelier.testsupport;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;

/**
 * Makes sure the shared broker and database run before a test class builds its Spring context. Spring may
 * build it while post-processing the test instance, which for a per-class lifecycle comes before
 * {@code beforeAll}, so both hooks start the servers.
 */
public class SharedInfrastructureExtension implements BeforeAllCallback, TestInstancePostProcessor {

    @Override
    public void beforeAll(ExtensionContext context) {
        SharedInfrastructure.start();
    }

    @Override
    public void postProcessTestInstance(Object testInstance, ExtensionContext context) {
        SharedInfrastructure.start();
    }
}
