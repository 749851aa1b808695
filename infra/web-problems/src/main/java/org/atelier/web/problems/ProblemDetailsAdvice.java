package org.atelier.web.problems;

import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.atelier.events.schemas.EventContractViolation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns every error Spring MVC knows about into RFC 9457 {@code application/problem+json}, with a detail a
 * person can act on: which field, what was wrong, what is accepted. Services add their own advice for their
 * domain exceptions; this one has the lowest precedence so theirs win.
 *
 * <p>Nothing internal (stack traces, class names) reaches the client.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(ProblemDetailsAdvice::fieldError)
                .toList();
        List<Map<String, String>> global = ex.getBindingResult().getGlobalErrors().stream()
                .map(error -> Map.of("field", "", "message", String.valueOf(error.getDefaultMessage())))
                .toList();
        ProblemDetail problem = Problems.validation(concat(errors, global));
        return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex, HttpHeaders headers,
                                                                            HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = ex.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> Map.of("field", String.valueOf(result.getMethodParameter().getParameterName()),
                                "message", String.valueOf(error.getDefaultMessage()))))
                .toList();
        ProblemDetail problem = Problems.validation(errors);
        return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, unreadableBodyDetail(ex));
        problem.setTitle("Unreadable request body");
        return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> handleArgumentTypeMismatch(MethodArgumentTypeMismatchException ex, WebRequest request) {
        String expected = ex.getRequiredType() == null ? "another type" : ex.getRequiredType().getSimpleName().toLowerCase();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "'" + ex.getName() + "' must be " + expected + ", was '" + ex.getValue() + "'");
        problem.setTitle("Invalid parameter");
        return handleExceptionInternal(ex, problem, new HttpHeaders(), HttpStatus.BAD_REQUEST, request);
    }

    /** Method validation through {@code @Validated} proxies, e.g. on a service called by a controller. */
    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> handleConstraintViolation(ConstraintViolationException ex, WebRequest request) {
        List<Map<String, String>> errors = ex.getConstraintViolations().stream()
                .map(violation -> Map.of("field", lastNode(violation.getPropertyPath().toString()), "message", violation.getMessage()))
                .toList();
        return handleExceptionInternal(ex, Problems.validation(errors), new HttpHeaders(), HttpStatus.BAD_REQUEST, request);
    }

    private static String lastNode(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }

    /**
     * An event refused by its own schema at the outbox: a defect on our side (some path let an invalid state
     * through), so a 500 that names the event type for whoever reads the logs, and nothing was stored.
     */
    @ExceptionHandler(EventContractViolation.class)
    ResponseEntity<Object> handleEventContractViolation(EventContractViolation ex, WebRequest request) {
        log.error("Refused on {}: {}", request.getDescription(false), ex.getMessage());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "The change would have published a " + ex.eventType() + " event that breaks the event's own schema, so nothing was "
                        + "changed. This is a fault on our side: tell the administrators.");
        problem.setTitle("Event refused by its contract");
        problem.setProperty("eventType", ex.eventType().toString());
        return handleExceptionInternal(ex, problem, new HttpHeaders(), HttpStatus.INTERNAL_SERVER_ERROR, request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> handleUnexpected(Exception ex, WebRequest request) {
        log.error("Unexpected error on {}", request.getDescription(false), ex);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "Something went wrong on our side; nothing was changed. Try again, and tell the administrators if it persists.");
        return handleExceptionInternal(ex, problem, new HttpHeaders(), HttpStatus.INTERNAL_SERVER_ERROR, request);
    }

    static String unreadableBodyDetail(HttpMessageNotReadableException ex) {
        Throwable cause = outermostJacksonException(ex);
        if (cause instanceof InvalidFormatException invalid) {
            String accepted = hint(invalid.getTargetType());
            return path(invalid) + ": '" + invalid.getValue() + "' is not a valid value" + accepted;
        }
        if (cause instanceof InputCoercionException tooLarge && !tooLarge.getPath().isEmpty()) {
            // A number too large for its field is not broken JSON: say which field, and what it holds.
            return path(tooLarge) + ": out of range; expected " + bounds(tooLarge.getTargetType());
        }
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return path(unknown) + ": unknown field";
        }
        if (cause instanceof MismatchedInputException mismatched && !mismatched.getPath().isEmpty()) {
            return path(mismatched) + ": wrong type of value";
        }
        if (cause instanceof JacksonException) {
            return "The body is not valid JSON";
        }
        return "The request body is missing or unreadable";
    }

    /** The outermost Jackson exception carries the JSON path; the innermost cause may be a date parser's. */
    private static Throwable outermostJacksonException(HttpMessageNotReadableException ex) {
        for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JacksonException) {
                return cause;
            }
        }
        return ex.getMostSpecificCause();
    }

    private static String path(JacksonException ex) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : ex.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    private static String bounds(Class<?> targetType) {
        if (targetType == Long.class || targetType == long.class) {
            return "a whole number from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE;
        }
        if (targetType == Integer.class || targetType == int.class) {
            return "a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE;
        }
        if (targetType == Short.class || targetType == short.class) {
            return "a whole number from " + Short.MIN_VALUE + " to " + Short.MAX_VALUE;
        }
        if (targetType == Byte.class || targetType == byte.class) {
            return "a whole number from " + Byte.MIN_VALUE + " to " + Byte.MAX_VALUE;
        }
        return "a smaller number";
    }

    private static String hint(Class<?> targetType) {
        if (targetType == null) {
            return "";
        }
        if (targetType.isEnum()) {
            return "; accepted: " + enumValues(targetType);
        }
        if (targetType == java.time.LocalDate.class) {
            return "; expected a date like 2026-03-14";
        }
        if (targetType == java.time.Instant.class) {
            return "; expected a UTC time like 2026-03-14T09:30:00Z";
        }
        return "";
    }

    private static String enumValues(Class<?> enumType) {
        return java.util.Arrays.stream(enumType.getEnumConstants()).map(String::valueOf).collect(Collectors.joining(", "));
    }

    private static Map<String, String> fieldError(FieldError error) {
        return Map.of("field", error.getField(), "message", String.valueOf(error.getDefaultMessage()));
    }

    private static List<Map<String, String>> concat(List<Map<String, String>> a, List<Map<String, String>> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
