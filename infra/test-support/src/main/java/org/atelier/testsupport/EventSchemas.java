package org.atelier.testsupport;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** Validates JSON against the JSON Schemas that the events modules ship on their classpath. */
public final class EventSchemas {

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    private EventSchemas() {
    }

    /**
     * @param schemaResource classpath location, e.g. {@code schemas/loyalty/CustomerLost.v1.json}
     * @return the violations, empty when the JSON is valid
     */
    public static List<String> violations(String schemaResource, String json) {
        return schema(schemaResource).validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
    }

    private static Schema schema(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No schema on the classpath at " + resource);
            }
            return REGISTRY.getSchema(in, InputFormat.JSON);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
