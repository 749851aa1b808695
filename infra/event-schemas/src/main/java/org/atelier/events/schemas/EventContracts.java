package org.atelier.events.schemas;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.atelier.events.envelope.EventType;

/**
 * The JSON Schemas of every event on the classpath, found by the event's type alone: the schema of
 * {@code org.atelier.<service>.<Name>.v<N>} is the resource {@code schemas/<service>/<Name>.v<N>.json}, where every
 * events module puts it. So a producer or consumer that has a contract module on its classpath checks that
 * contract's events without any wiring of its own, and a new contract is covered the day it ships.
 *
 * <p>Schemas are JSON Schema 2020-12 and are read once, then kept.
 */
public final class EventContracts {

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    private final ClassLoader classLoader;
    private final Map<EventType, Optional<Schema>> schemas = new ConcurrentHashMap<>();

    public EventContracts(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    /** The contracts visible to this library's own class loader, which in an application is the application's. */
    public static EventContracts onClasspath() {
        return new EventContracts(EventContracts.class.getClassLoader());
    }

    /** Where an event type's schema lives on the classpath, e.g. {@code schemas/loyalty/CustomerLost.v1.json}. */
    public static String schemaResource(EventType type) {
        return "schemas/" + type.service() + "/" + type.schemaFileName();
    }

    public boolean hasSchema(EventType type) {
        return schema(type).isPresent();
    }

    /**
     * @return what in the payload breaks the type's schema, empty when it conforms
     * @throws IllegalArgumentException when no schema for the type is on the classpath
     */
    public List<String> violations(EventType type, String payloadJson) {
        Schema schema = schema(type).orElseThrow(() -> new IllegalArgumentException(
                "No schema for " + type + " on the classpath (expected " + schemaResource(type) + ")"));
        try {
            return schema.validate(payloadJson, InputFormat.JSON).stream().map(Error::toString).toList();
        } catch (RuntimeException unreadable) {
            return List.of("the payload is not JSON: " + unreadable.getMessage());
        }
    }

    /**
     * For producers: an event leaves only if its type has a schema and the payload conforms to it.
     *
     * @throws EventContractViolation otherwise
     */
    public void requireConforming(EventType type, String payloadJson) {
        if (!hasSchema(type)) {
            throw new EventContractViolation(type, List.of("no schema on the classpath at " + schemaResource(type)));
        }
        List<String> violations = violations(type, payloadJson);
        if (!violations.isEmpty()) {
            throw new EventContractViolation(type, violations);
        }
    }

    private Optional<Schema> schema(EventType type) {
        return schemas.computeIfAbsent(type, this::load);
    }

    private Optional<Schema> load(EventType type) {
        try (InputStream in = classLoader.getResourceAsStream(schemaResource(type))) {
            return in == null ? Optional.empty() : Optional.of(REGISTRY.getSchema(in, InputFormat.JSON));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
