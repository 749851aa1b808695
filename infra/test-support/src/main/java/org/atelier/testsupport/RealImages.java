package org.atelier.testsupport;

/**
 * The container images the {@code *ContainersIT} suites run against: the same ones docker-compose.yml
 * runs. Those suites are skipped, not failed, where no Docker engine is available.
 */
public final class RealImages {

    public static final String KAFKA = "apache/kafka:4.1.1";
    public static final String MONGO = "mongo:8.0";

    private RealImages() {
    }
}
