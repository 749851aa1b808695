package org.atelier.idempotency;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import java.util.Set;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springframework.web.method.HandlerMethod;

/** Lists the optional {@code Idempotency-Key} header on every API operation that changes something, so clients see it in Swagger UI. */
class IdempotencyKeyInOpenApi implements GlobalOperationCustomizer {

    private static final Set<String> CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");
    private final IdempotencyProperties properties;

    IdempotencyKeyInOpenApi(IdempotencyProperties properties) {
        this.properties = properties;
    }

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        org.springframework.web.bind.annotation.RequestMapping mapping = org.springframework.core.annotation.AnnotatedElementUtils
                .findMergedAnnotation(handler.getMethod(), org.springframework.web.bind.annotation.RequestMapping.class);
        boolean changes = mapping != null && java.util.Arrays.stream(mapping.method()).anyMatch(method -> CHANGING.contains(method.name()));
        if (changes) {
            operation.addParametersItem(new HeaderParameter().name(IdempotencyFilter.HEADER).required(false)
                    .schema(new StringSchema().maxLength(properties.maxKeyLength()))
                    .description("Optional. A fresh value (e.g. a UUID) per command, the same for its retries: a retry gets the first "
                            + "response again (marked Idempotent-Replayed: true) without a second effect; the same key with another "
                            + "body is refused with 422, one whose first request still runs with 409. Kept "
                            + properties.retention().toHours() + " h, per caller."));
        }
        return operation;
    }
}
