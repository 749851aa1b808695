package org.atelier.idempotency;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;
import org.atelier.web.problems.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Makes a repeated command take effect once. It runs after the security filters, so it knows the caller, and
 * keys are the caller's own: one caller can neither replay nor block another's.
 *
 * <p><b>API</b> (under {@link IdempotencyProperties#apiPrefix()}): a request that changes something (POST, PUT,
 * PATCH, DELETE) may carry {@code Idempotency-Key}. The first request with a key runs; its response (status,
 * content type, {@code Location}, body) is kept, and the same key with the same method, target and body gets that
 * response again, marked {@code Idempotent-Replayed: true}, without running. The same key with another request
 * is refused with 422, a key whose request is still running with 409, a malformed key with 400. A server error
 * is not kept: the key is released so that a retry can succeed. Without the header nothing changes.
 *
 * <p><b>Pages</b>: a form that carries the one-time token the pages render into it (see
 * {@link FormTokens}) is handled the same way, but only its success is kept: the redirect after a recorded
 * command. A second submit of that token (a double click, a reload) gets the same redirect, and so shows the
 * outcome; if the first is still running, the second waits for it. A refused form is released, so the
 * corrected form can be sent again. A form whose token cannot be honoured gets a short page in the reader's
 * language ({@link FormRefusalPage}), never a JSON document.
 */
class IdempotencyFilter extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";
    static final String REPLAYED = "Idempotent-Replayed";
    private static final Set<String> CHANGING_METHODS = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final Set<String> NOT_PART_OF_A_FORM_SUBMIT = Set.of("_csrf");
    private static final HttpStatus UNPROCESSABLE = HttpStatus.valueOf(422);
    private static final Duration FORM_POLL = Duration.ofMillis(50);

    private final MongoIdempotencyKeys keys;
    private final IdempotencyProperties properties;
    private final Clock clock;
    private final FormRefusalPage refusalPage;

    IdempotencyFilter(MongoIdempotencyKeys keys, IdempotencyProperties properties, Clock clock) {
        this(keys, properties, clock, HttpServletRequest::getLocale);
    }

    /** @param language the reader's language on the pages, for the page a refused form gets */
    IdempotencyFilter(MongoIdempotencyKeys keys, IdempotencyProperties properties, Clock clock,
                      Function<HttpServletRequest, Locale> language) {
        this.keys = keys;
        this.properties = properties;
        this.clock = clock;
        this.refusalPage = new FormRefusalPage(language);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !CHANGING_METHODS.contains(request.getMethod()) || request.getUserPrincipal() == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (path(request).startsWith(properties.apiPrefix())) {
            api(request, response, chain);
        } else {
            form(request, response, chain);
        }
    }

    private void api(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws ServletException, IOException {
        Optional<IdempotencyKey> key;
        try {
            key = IdempotencyKey.parse(request.getHeader(HEADER), properties.maxKeyLength());
        } catch (IdempotencyKey.InvalidKey invalid) {
            problem(request, response, HttpStatus.BAD_REQUEST, "Invalid idempotency key", invalid.getMessage());
            return;
        }
        if (key.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = request.getInputStream().readAllBytes();
        HttpServletRequest buffered = new BufferedBodyRequest(request, body);
        Fingerprint fingerprint = Fingerprint.of(request.getMethod(), target(request), body);
        Claim claim = keys.claim("api:" + caller(request), key.get().value(), fingerprint);
        if (claim instanceof Claim.Claimed claimed) {
            runAndKeep(buffered, response, chain, claimed);
        } else if (claim instanceof Claim.Replay replay) {
            replay(replay.response(), response);
        } else if (claim instanceof Claim.Mismatch) {
            problem(request, response, UNPROCESSABLE, "Idempotency key reused",
                    "This idempotency key was already used for a different request; use a new key for a new request");
        } else {
            problem(request, response, HttpStatus.CONFLICT, "Request in progress",
                    "A request with this idempotency key is still being processed; retry later");
        }
    }

    private void runAndKeep(HttpServletRequest request, HttpServletResponse response, FilterChain chain, Claim.Claimed claimed)
            throws ServletException, IOException {
        ContentCachingResponseWrapper recorded = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, recorded);
        } catch (ServletException | IOException | RuntimeException | Error failure) {
            keys.release(claimed);
            throw failure;
        }
        if (recorded.getStatus() >= 500) {
            keys.release(claimed);
        } else {
            keys.complete(claimed, new StoredResponse(recorded.getStatus(), recorded.getContentType(), recorded.getHeader("Location"),
                    recorded.getContentAsByteArray()));
        }
        recorded.copyBodyToResponse();
    }

    private void form(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws ServletException, IOException {
        String token = request.getParameter(properties.formTokenField());
        Optional<IdempotencyKey> key;
        try {
            key = IdempotencyKey.parse(token == null || token.isBlank() ? null : token, properties.maxKeyLength());
        } catch (IdempotencyKey.InvalidKey invalid) {
            refusalPage.write(request, response, HttpStatus.BAD_REQUEST.value(), FormRefusalPage.Reason.UNREADABLE);
            return;
        }
        if (key.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        Fingerprint fingerprint = Fingerprint.ofForm(request.getMethod(), target(request), fields(request));
        Instant giveUp = clock.instant().plus(properties.formWait());
        while (true) {
            Claim claim = keys.claim("page:" + caller(request), key.get().value(), fingerprint);
            if (claim instanceof Claim.Claimed claimed) {
                runAndKeepRedirect(request, response, chain, claimed);
                return;
            }
            if (claim instanceof Claim.Replay replay) {
                replay(replay.response(), response);
                return;
            }
            if (claim instanceof Claim.Mismatch) {
                refusalPage.write(request, response, UNPROCESSABLE.value(), FormRefusalPage.Reason.CHANGED);
                return;
            }
            if (!clock.instant().isBefore(giveUp)) {
                refusalPage.write(request, response, HttpStatus.CONFLICT.value(), FormRefusalPage.Reason.RUNNING);
                return;
            }
            // The first submit of a double click is still running: wait for its outcome rather than fail.
            LockSupport.parkNanos(FORM_POLL.toNanos());
        }
    }

    private void runAndKeepRedirect(HttpServletRequest request, HttpServletResponse response, FilterChain chain, Claim.Claimed claimed)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException | Error failure) {
            keys.release(claimed);
            throw failure;
        }
        String location = response.getHeader("Location");
        if (response.getStatus() / 100 == 3 && location != null) {
            keys.complete(claimed, new StoredResponse(response.getStatus(), null, location, null));
        } else {
            keys.release(claimed);
        }
    }

    private static void replay(StoredResponse stored, HttpServletResponse response) throws IOException {
        response.setStatus(stored.status());
        response.setHeader(REPLAYED, "true");
        if (stored.contentType() != null) {
            response.setContentType(stored.contentType());
        }
        if (stored.location() != null) {
            response.setHeader("Location", stored.location());
        }
        response.setContentLength(stored.body().length);
        response.getOutputStream().write(stored.body());
    }

    private static void problem(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String title, String detail)
            throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        Problems.write(problem, request, response);
    }

    private static String caller(HttpServletRequest request) {
        Principal principal = request.getUserPrincipal();
        return principal.getName();
    }

    /** The form as sent, without what differs between two sends of one form: the CSRF token, and the form token itself. */
    private Map<String, List<String>> fields(HttpServletRequest request) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (!NOT_PART_OF_A_FORM_SUBMIT.contains(name) && !name.equals(properties.formTokenField())) {
                fields.put(name, Arrays.asList(values));
            }
        });
        return fields;
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    private static String target(HttpServletRequest request) {
        return request.getQueryString() == null ? request.getRequestURI() : request.getRequestURI() + "?" + request.getQueryString();
    }
}
