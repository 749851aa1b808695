package org.atelier.testsupport.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.atelier.events.envelope.EventMetadata;
import org.atelier.testsupport.EventSchemas;
import org.atelier.testsupport.GoldenSample;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.json.JsonMapper;

/**
 * What every system reading our topics relies on, checked for every contract on the test's classpath: each events
 * module has a one-line subclass, and everything it ships (found by {@link ContractFiles}' conventions) is covered,
 * with nothing to list when an event or a contract is added.
 *
 * <ul>
 *   <li>every schema is a valid JSON Schema 2020-12 (networknt against the meta-schema) and clean under ajv's strict
 *       mode ({@link StrictSchemaLint});</li>
 *   <li>every schema has a golden sample, which it accepts, with a complete CloudEvents envelope of its type;</li>
 *   <li>every AsyncAPI document is 3.1.0, states each payload's format as JSON Schema 2020-12, points at schemas that
 *       exist, declares exactly the headers a record carries, and is parsed without error by the official AsyncAPI
 *       parser (Node's {@code @asyncapi/parser}; skipped, saying why, where Node or the tool is not installed).</li>
 * </ul>
 */
public abstract class EventContractConformance {

    /** How AsyncAPI 3 names JSON Schema 2020-12 in a Multi Format Schema Object. */
    public static final String JSON_SCHEMA_2020_12 = "application/schema+json;version=2020-12";
    /** Where {@code .ci/run} installs the AsyncAPI parser, relative to the repository root. */
    static final String ASYNCAPI_CHECK = ".ci/asyncapi-check";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    @TestFactory
    Stream<DynamicTest> everySchemaIsJsonSchema2020AndCleanUnderStrictMode() {
        Schema metaSchema = REGISTRY.getSchema(SchemaLocation.of(SpecificationVersion.DRAFT_2020_12.getDialectId()));
        return ContractFiles.schemas().stream().map(resource -> DynamicTest.dynamicTest(resource, () -> {
            String text = ContractFiles.read(resource);
            assertThat(metaSchema.validate(text, InputFormat.JSON)).map(Error::toString).as("valid against the 2020-12 meta-schema").isEmpty();
            assertThat(StrictSchemaLint.violations(JSON.readTree(text))).as("ajv strict mode").isEmpty();
        }));
    }

    @TestFactory
    Stream<DynamicTest> everySchemaHasAGoldenSampleItAcceptsWithTheEnvelopeOfItsType() {
        return ContractFiles.schemas().stream().map(schema -> DynamicTest.dynamicTest(schema, () -> {
            String sampleResource = "samples/" + schema.substring("schemas/".length());
            assertThat(ContractFiles.samples()).as("a golden sample for " + schema).contains(sampleResource);
            GoldenSample sample = GoldenSample.load(sampleResource);
            assertThat(EventSchemas.violations(schema, sample.payload())).isEmpty();
            EventMetadata metadata = EventMetadata.fromHeaders(sample.headers()::get);
            assertThat("schemas/" + metadata.type().service() + "/" + metadata.type().schemaFileName()).isEqualTo(schema);
            assertThat(sample.headers()).as("exactly the declared headers").containsOnlyKeys(metadata.toHeaders().keySet());
            assertThat(sample.key()).isEqualTo(metadata.subject());
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyAsyncApiDocumentIs31WithJsonSchema2020PayloadsAndTheHeadersOnTheWire() {
        return ContractFiles.asyncApiDocuments().stream().map(resource -> DynamicTest.dynamicTest(resource, () -> {
            Map<String, Object> document = new Yaml().load(ContractFiles.read(resource));
            assertThat(document.get("asyncapi")).isEqualTo("3.1.0");
            Map<String, Object> components = map(document.get("components"));
            for (Map.Entry<String, Object> message : map(components.get("messages")).entrySet()) {
                Map<String, Object> payload = map(map(message.getValue()).get("payload"));
                assertThat(payload.get("schemaFormat")).as(message.getKey()).isEqualTo(JSON_SCHEMA_2020_12);
                String ref = (String) map(payload.get("schema")).get("$ref");
                assertThat(ref).as(message.getKey()).startsWith("../schemas/");
                assertThat(ContractFiles.schemas()).as(message.getKey()).contains(ref.substring("../".length()));
            }
            Map<String, Object> headers = map(map(components.get("schemas")).get("CloudEventHeaders"));
            List<String> onTheWire = List.copyOf(EventMetadata.newEvent(org.atelier.events.envelope.EventType.parse(
                    "org.atelier.any.Thing.v1"), "s", java.time.Instant.EPOCH).toHeaders().keySet());
            assertThat(map(headers.get("properties")).keySet()).containsExactlyInAnyOrderElementsOf(onTheWire);
            assertThat(headers.get("required")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                    .containsExactlyInAnyOrderElementsOf(onTheWire);
            assertThat(headers.get("additionalProperties")).as("no other header is on the wire").isEqualTo(false);
        }));
    }

    @Test
    void everyAsyncApiDocumentIsParsedByTheAsyncApiParser() throws IOException, InterruptedException, URISyntaxException {
        List<String> files = new ArrayList<>();
        for (String resource : ContractFiles.asyncApiDocuments()) {
            URL url = Thread.currentThread().getContextClassLoader().getResource(resource);
            if (url != null && "file".equals(url.getProtocol())) {
                files.add(Path.of(url.toURI()).toString());
            }
        }
        Assumptions.assumeFalse(files.isEmpty(), "no AsyncAPI document of this module's own");
        Path tool = repositoryRoot().resolve(ASYNCAPI_CHECK);
        Assumptions.assumeTrue(onPath("node"), "Skipped: node is not installed, so the AsyncAPI parser cannot run here (CI installs it)");
        Assumptions.assumeTrue(Files.isDirectory(tool.resolve("node_modules/@asyncapi/parser")),
                "Skipped: the AsyncAPI parser is not installed; run: npm ci --prefix " + ASYNCAPI_CHECK);

        List<String> command = new ArrayList<>(List.of("node", tool.resolve("check.mjs").toString()));
        command.addAll(files);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("the parser finished").isTrue();
        assertThat(process.exitValue()).as(output).isZero();
    }

    private static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve(ASYNCAPI_CHECK))) {
                return dir;
            }
        }
        return Path.of("").toAbsolutePath();
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        return path != null && Stream.of(path.split(File.pathSeparator)).anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        assertThat(value).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }
}
