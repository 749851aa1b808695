package org.atelier.apidocs;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;

/**
 * Documents the RFC 9457 problem responses every operation can give, as {@code application/problem+json} with
 * one {@value #SCHEMA} schema, from what the operation looks like, so that an operation added to any service is
 * covered without annotations:
 * <ul>
 *   <li>401 and 403 on every operation: every API call needs a token, and its roles or scopes may not suffice;</li>
 *   <li>400 where there are parameters or a body to be malformed or to break a rule;</li>
 *   <li>404 where the path names a resource;</li>
 *   <li>409 on every change: something changed meanwhile, or the same {@code Idempotency-Key} is still running;</li>
 *   <li>413 where there is a body (the services refuse large ones);</li>
 *   <li>422 where an {@code Idempotency-Key} is accepted: the key was used before with another request.</li>
 * </ul>
 * A response the controller documents itself keeps its description; it gets the problem content if it had none.
 */
class ProblemResponsesInOpenApi implements GlobalOpenApiCustomizer {

    static final String SCHEMA = "ProblemDetail";
    static final String PROBLEM_JSON = "application/problem+json";
    private static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final Set<PathItem.HttpMethod> CHANGING = Set.of(PathItem.HttpMethod.POST, PathItem.HttpMethod.PUT,
            PathItem.HttpMethod.PATCH, PathItem.HttpMethod.DELETE);

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getComponents() == null) {
            openApi.setComponents(new Components());
        }
        openApi.getComponents().addSchemas(SCHEMA, problemSchema());
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths().forEach((path, item) -> item.readOperationsMap()
                .forEach((method, operation) -> document(path, method, operation)));
    }

    private static void document(String path, PathItem.HttpMethod method, Operation operation) {
        boolean body = operation.getRequestBody() != null;
        boolean parameters = operation.getParameters() != null && !operation.getParameters().isEmpty();
        Map<String, String> problems = new LinkedHashMap<>();
        if (body || parameters) {
            problems.put("400", "Malformed, invalid, or refused by a business rule; the problem says which fields or rule");
        }
        problems.put("401", "No valid bearer token");
        problems.put("403", "The caller's roles, department or token scopes do not allow this");
        if (path.contains("{")) {
            problems.put("404", "No such resource");
        }
        if (CHANGING.contains(method)) {
            problems.put("409", "It changed meanwhile, or a request with the same Idempotency-Key is still running");
        }
        if (body) {
            problems.put("413", "The request body is too large");
        }
        if (parameters && operation.getParameters().stream().anyMatch(parameter -> IDEMPOTENCY_KEY.equalsIgnoreCase(parameter.getName()))) {
            problems.put("422", "The Idempotency-Key was used before with another request");
        }
        if (operation.getResponses() == null) {
            operation.setResponses(new ApiResponses());
        }
        problems.forEach((status, description) -> addProblem(operation.getResponses(), status, description));
    }

    private static void addProblem(ApiResponses responses, String status, String description) {
        ApiResponse response = responses.get(status);
        if (response == null) {
            responses.addApiResponse(status, new ApiResponse().description(description).content(problemContent()));
            return;
        }
        if (response.getContent() == null || !response.getContent().containsKey(PROBLEM_JSON)) {
            Content content = response.getContent() == null ? new Content() : response.getContent();
            content.remove("*/*");
            content.addMediaType(PROBLEM_JSON, problemMediaType());
            response.setContent(content);
        }
    }

    private static Content problemContent() {
        return new Content().addMediaType(PROBLEM_JSON, problemMediaType());
    }

    private static MediaType problemMediaType() {
        return new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + SCHEMA));
    }

    /** RFC 9457's members; the services add their own (e.g. {@code errors}, per field), hence open for more. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema<?> problemSchema() {
        Schema problem = new ObjectSchema()
                .description("An RFC 9457 problem: what went wrong, for people and for programs")
                .addProperty("type", new StringSchema().format("uri-reference").description("Identifies the kind of problem"))
                .addProperty("title", new StringSchema().description("A short summary of the kind of problem"))
                .addProperty("status", new IntegerSchema().format("int32").description("The HTTP status code"))
                .addProperty("detail", new StringSchema().description("What went wrong in this case"))
                .addProperty("instance", new StringSchema().format("uri-reference").description("The request it happened on"));
        problem.setAdditionalProperties(true);
        return problem;
    }
}
