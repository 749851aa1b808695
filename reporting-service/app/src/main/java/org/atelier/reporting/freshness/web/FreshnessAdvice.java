package org.atelier.reporting.freshness.web;

import org.atelier.reporting.freshness.Freshness;
import org.atelier.reporting.freshness.application.BuildingFreshness;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.AbstractJacksonHttpMessageConverter;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every JSON report says how fresh it is: each object a controller under {@code /api/reports/} answers with gets a
 * {@code freshness} member ({@link Freshness}), so a new report has it without a line of its own. Problems, the
 * freshness view itself and other formats (CSV) are left as they are. The report's caller was allowed to read it, so
 * the freshness, which reveals no figure, needs no check of its own.
 */
@RestControllerAdvice(basePackages = "org.atelier.reporting")
class FreshnessAdvice implements ResponseBodyAdvice<Object> {

    static final String MEMBER = "freshness";
    private static final String REPORTS = "/api/reports/";

    private final BuildingFreshness building;
    private final JsonMapper json;

    FreshnessAdvice(BuildingFreshness building, JsonMapper json) {
        this.building = building;
        this.json = json;
    }

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return AbstractJacksonHttpMessageConverter.class.isAssignableFrom(converterType);
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType selectedContentType,
                                  Class<? extends HttpMessageConverter<?>> selectedConverterType, ServerHttpRequest request,
                                  ServerHttpResponse response) {
        if (body == null || body instanceof ProblemDetail || body instanceof Freshness || !MediaType.APPLICATION_JSON.isCompatibleWith(selectedContentType)
                || !request.getURI().getPath().startsWith(REPORTS)) {
            return body;
        }
        JsonNode report = json.valueToTree(body);
        if (!(report instanceof ObjectNode object)) {
            return body;
        }
        object.set(MEMBER, json.valueToTree(building.now()));
        return object;
    }
}
