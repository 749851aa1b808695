package org.atelier.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a service's OpenAPI document the way other systems' tools do, with swagger-parser rather than the
 * springdoc that wrote it, and checks what Atelier promises of every document: it parses without a message,
 * names a licence, a contact and a server, and every operation documents its 4xx answers as RFC 9457 problems.
 */
public final class OpenApiContract {

    static final String PROBLEM_JSON = "application/problem+json";

    private OpenApiContract() {
    }

    /** @param document the JSON served at {@code /v3/api-docs} */
    public static void assertConforms(String document) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(document, null, options);

        assertThat(result.getMessages()).as("swagger-parser's messages on %s", document).isEmpty();
        OpenAPI api = result.getOpenAPI();
        assertThat(api).as("a parsed document").isNotNull();
        Info info = api.getInfo();
        assertThat(info.getTitle()).as("title").isNotBlank().isNotEqualTo("OpenAPI definition");
        assertThat(info.getLicense()).as("licence").isNotNull();
        assertThat(info.getLicense().getName()).as("licence name").isNotBlank();
        assertThat(info.getContact()).as("contact").isNotNull();
        assertThat(info.getContact().getName()).as("contact name").isNotBlank();
        assertThat(api.getServers()).as("servers").isNotEmpty().allSatisfy(server -> assertThat(server.getUrl()).isNotBlank());
        assertThat(withoutProblemResponses(api)).as("operations without a 4xx problem+json response").isEmpty();
    }

    static List<String> withoutProblemResponses(OpenAPI api) {
        List<String> missing = new ArrayList<>();
        if (api.getPaths() == null) {
            return missing;
        }
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            Map<String, ApiResponse> responses = operation.getResponses() == null ? Map.of() : operation.getResponses();
            boolean documented = responses.entrySet().stream().anyMatch(response -> response.getKey().startsWith("4")
                    && response.getValue().getContent() != null && response.getValue().getContent().containsKey(PROBLEM_JSON));
            if (!documented) {
                missing.add(method + " " + path);
            }
        }));
        return missing;
    }
}
