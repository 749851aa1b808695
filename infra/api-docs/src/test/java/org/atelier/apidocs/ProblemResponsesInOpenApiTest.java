package org.atelier.apidocs;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.QueryParameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.junit.jupiter.api.Test;

class ProblemResponsesInOpenApiTest {

    @Test
    void aReadOfOneResourceCanBeUnauthorisedForbiddenOrNotFound() {
        Operation get = new Operation().responses(new ApiResponses().addApiResponse("200", new ApiResponse().description("OK")));

        customise("/api/customers/{id}", new PathItem().get(get));

        assertThat(get.getResponses()).containsOnlyKeys("200", "401", "403", "404");
        assertThat(get.getResponses().get("404").getContent()).containsOnlyKeys("application/problem+json");
        assertThat(get.getResponses().get("404").getContent().get("application/problem+json").getSchema().get$ref())
                .isEqualTo("#/components/schemas/ProblemDetail");
    }

    @Test
    void aSearchCanAlsoBeABadRequestButNeverNotFound() {
        Operation search = new Operation().addParametersItem(new QueryParameter().name("q"));

        customise("/api/customers", new PathItem().get(search));

        assertThat(search.getResponses()).containsOnlyKeys("400", "401", "403");
    }

    @Test
    void aCommandWithABodyAndAnIdempotencyKeyDocumentsEveryRefusal() {
        Operation post = new Operation().requestBody(new RequestBody())
                .addParametersItem(new HeaderParameter().name("Idempotency-Key"));

        customise("/api/customers/{id}/purchases", new PathItem().post(post));

        assertThat(post.getResponses()).containsOnlyKeys("400", "401", "403", "404", "409", "413", "422");
    }

    @Test
    void aResponseTheControllerDocumentsKeepsItsDescriptionAndGetsTheProblemContent() {
        ApiResponse own = new ApiResponse().description("No such year")
                .content(new Content().addMediaType("*/*", new MediaType()));
        Operation get = new Operation().responses(new ApiResponses().addApiResponse("404", own));

        customise("/api/years/{year}", new PathItem().get(get));

        assertThat(get.getResponses().get("404").getDescription()).isEqualTo("No such year");
        assertThat(get.getResponses().get("404").getContent()).containsOnlyKeys("application/problem+json");
    }

    @Test
    void theProblemSchemaIsInTheComponentsEvenWithoutOperations() {
        OpenAPI empty = new OpenAPI();

        new ProblemResponsesInOpenApi().customise(empty);

        assertThat(empty.getComponents().getSchemas()).containsKey("ProblemDetail");
        assertThat(empty.getComponents().getSchemas().get("ProblemDetail").getProperties())
                .containsKeys("type", "title", "status", "detail", "instance");
    }

    private static void customise(String path, PathItem item) {
        new ProblemResponsesInOpenApi().customise(new OpenAPI().paths(new Paths().addPathItem(path, item)));
    }
}
