package org.atelier.idempotency;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.atelier.testsupport.SharedInfrastructure;
import org.atelier.testsupport.UsesSharedInfrastructure;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.threeten.extra.MutableClock;

/** The filter and the key store together, against the shared MongoDB-protocol server, with a clock the test moves. */
@UsesSharedInfrastructure
class IdempotencyFilterIT {

    private static final IdempotencyProperties PROPERTIES = new IdempotencyProperties(true, Duration.ofHours(24), Duration.ofMinutes(1),
            Duration.ofMillis(300), 255, "idempotency_keys", "/api/", "formToken");

    private static MongoClient client;
    private static MongoTemplate mongo;
    private final MutableClock clock = MutableClock.of(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);
    private IdempotencyFilter filter;
    private final AtomicInteger effects = new AtomicInteger();

    @BeforeAll
    static void connect() {
        client = MongoClients.create(SharedInfrastructure.mongoUri());
        mongo = new MongoTemplate(client, "idempotency_filter_it");
    }

    @AfterAll
    static void disconnect() {
        client.close();
    }

    @BeforeEach
    void freshKeys() {
        mongo.dropCollection(PROPERTIES.collection());
        filter = new IdempotencyFilter(new MongoIdempotencyKeys(mongo, PROPERTIES, clock), PROPERTIES, clock);
    }

    @Test
    void theKeysCollectionHasATtlIndexOnExpiresAt() {
        List<Document> indexes = mongo.getCollection(PROPERTIES.collection()).listIndexes().into(new ArrayList<>());

        assertThat(indexes).anySatisfy(index -> {
            assertThat(index.get("key", Document.class)).containsKey("expiresAt");
            assertThat(((Number) index.get("expireAfterSeconds")).longValue()).isZero();
        });
    }

    @Test
    void aServerErrorIsNotKeptSoTheRetryRunsTheCommand() throws Exception {
        String key = UUID.randomUUID().toString();

        MockHttpServletResponse failed = call(apiRequest(key, "{}"), respondWith(503));
        MockHttpServletResponse retried = call(apiRequest(key, "{}"), respondWith(201));
        MockHttpServletResponse replayed = call(apiRequest(key, "{}"), respondWith(201));

        assertThat(failed.getStatus()).isEqualTo(503);
        assertThat(retried.getStatus()).isEqualTo(201);
        assertThat(retried.getHeader(IdempotencyFilter.REPLAYED)).isNull();
        assertThat(replayed.getHeader(IdempotencyFilter.REPLAYED)).isEqualTo("true");
        assertThat(effects).hasValue(2);
    }

    @Test
    void aCommandThatThrowsReleasesItsKey() throws Exception {
        String key = UUID.randomUUID().toString();

        assertThatThrownBy(() -> call(apiRequest(key, "{}"), (request, response) -> {
            throw new IllegalStateException("database away");
        })).isInstanceOf(IllegalStateException.class);
        MockHttpServletResponse retried = call(apiRequest(key, "{}"), respondWith(201));

        assertThat(retried.getStatus()).isEqualTo(201);
        assertThat(effects).hasValue(1);
    }

    @Test
    void aRefusalIsKeptAndAnsweredAgainLikeASuccess() throws Exception {
        String key = UUID.randomUUID().toString();

        call(apiRequest(key, "{}"), respondWith(400));
        MockHttpServletResponse again = call(apiRequest(key, "{}"), respondWith(201));

        assertThat(again.getStatus()).isEqualTo(400);
        assertThat(effects).hasValue(1);
    }

    @Test
    void theBodyTheControllerReadsIsTheOneThatWasSent() throws Exception {
        StringBuilder read = new StringBuilder();

        call(apiRequest("k-body", "{\"amountMinor\":100}"), (request, response) -> {
            read.append(new String(request.getInputStream().readAllBytes(), UTF_8));
            ((HttpServletResponse) response).setStatus(201);
        });

        assertThat(read).hasToString("{\"amountMinor\":100}");
    }

    @Test
    void aRequestStillRunningBlocksItsKeyUntilItsLeaseRunsOutThenARetryRuns() throws Exception {
        String key = UUID.randomUUID().toString();
        MongoIdempotencyKeys keys = new MongoIdempotencyKeys(mongo, PROPERTIES, clock);
        Fingerprint fingerprint = Fingerprint.of("POST", "/api/things", "{}".getBytes(UTF_8));
        assertThat(keys.claim("api:alice", key, fingerprint)).isInstanceOf(Claim.Claimed.class);

        MockHttpServletResponse whileRunning = call(apiRequest(key, "{}"), respondWith(201));
        clock.add(Duration.ofMinutes(2));
        MockHttpServletResponse afterTheLease = call(apiRequest(key, "{}"), respondWith(201));

        assertThat(whileRunning.getStatus()).isEqualTo(409);
        assertThat(whileRunning.getContentType()).isEqualTo("application/problem+json");
        assertThat(afterTheLease.getStatus()).isEqualTo(201);
        assertThat(afterTheLease.getHeader(IdempotencyFilter.REPLAYED)).isNull();
        assertThat(effects).hasValue(1);
    }

    @Test
    void aKeyIsForgottenAfterItsRetentionEvenWithAnotherBody() throws Exception {
        String key = UUID.randomUUID().toString();
        call(apiRequest(key, "{\"a\":1}"), respondWith(201));

        clock.add(Duration.ofHours(23));
        MockHttpServletResponse within = call(apiRequest(key, "{\"a\":2}"), respondWith(201));
        clock.add(Duration.ofHours(2));
        MockHttpServletResponse after = call(apiRequest(key, "{\"a\":2}"), respondWith(201));

        assertThat(within.getStatus()).isEqualTo(422);
        assertThat(after.getStatus()).isEqualTo(201);
        assertThat(effects).hasValue(2);
    }

    @Test
    void ofManyConcurrentClaimsOfOneKeyExactlyOneWins() throws Exception {
        MongoIdempotencyKeys keys = new MongoIdempotencyKeys(mongo, PROPERTIES, clock);
        Fingerprint fingerprint = Fingerprint.of("POST", "/api/things", new byte[0]);
        List<Callable<Claim>> claims = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            claims.add(() -> keys.claim("api:alice", "contended", fingerprint));
        }
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Claim> outcomes = new ArrayList<>();
        try {
            for (Future<Claim> outcome : pool.invokeAll(claims)) {
                outcomes.add(outcome.get());
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(outcomes).filteredOn(Claim.Claimed.class::isInstance).hasSize(1);
        assertThat(outcomes).filteredOn(outcome -> !(outcome instanceof Claim.Claimed)).allMatch(Claim.InFlight.class::isInstance);
    }

    @Test
    void aFormSubmitThatIsStillRunningAfterTheWaitIsToldSo() throws Exception {
        MongoIdempotencyKeys keys = new MongoIdempotencyKeys(mongo, PROPERTIES, MutableClock.of(Instant.now(), ZoneOffset.UTC));
        IdempotencyFilter realTime = new IdempotencyFilter(keys, PROPERTIES, Clock.systemUTC());
        MockHttpServletRequest form = formRequest("token-1");
        keys.claim("page:alice", "token-1", Fingerprint.ofForm("POST", "/things", java.util.Map.of("name", List.of("x"))));

        MockHttpServletResponse response = new MockHttpServletResponse();
        realTime.doFilter(form, response, respondWith(302));

        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(response.getContentType()).startsWith("text/html");
        assertThat(response.getContentAsString()).contains("still being processed");
        assertThat(effects).hasValue(0);
    }

    @Test
    void aFormSentAgainWithOtherContentIsAPageInTheReadersLanguageNotAJsonDocument() throws Exception {
        IdempotencyFilter russianPages = new IdempotencyFilter(new MongoIdempotencyKeys(mongo, PROPERTIES, clock), PROPERTIES, clock,
                request -> Locale.forLanguageTag("ru"));
        call(formRequest("token-3"), respondWith(302));
        MockHttpServletRequest edited = formRequest("token-3");
        edited.setParameter("name", "y");

        MockHttpServletResponse english = call(edited, respondWith(302));
        MockHttpServletResponse russian = new MockHttpServletResponse();
        russianPages.doFilter(edited, russian, respondWith(302));

        assertThat(english.getStatus()).isEqualTo(422);
        assertThat(english.getContentType()).startsWith("text/html");
        assertThat(english.getContentAsString()).contains("<p role=\"alert\">This form was already sent with other content");
        assertThat(russian.getStatus()).isEqualTo(422);
        assertThat(russian.getContentAsString()).contains("lang=\"ru\"").contains("Эта форма уже была отправлена");
        assertThat(effects).hasValue(1);
    }

    @Test
    void aFormThatDidNotRedirectIsNotKeptSoTheSameTokenRunsAgain() throws Exception {
        call(formRequest("token-2"), respondWith(400));
        MockHttpServletResponse second = call(formRequest("token-2"), respondWith(302));
        MockHttpServletResponse third = call(formRequest("token-2"), respondWith(302));

        assertThat(second.getRedirectedUrl()).isEqualTo("/things/1");
        assertThat(third.getRedirectedUrl()).isEqualTo("/things/1");
        assertThat(effects).hasValue(2);
    }

    private MockHttpServletResponse call(MockHttpServletRequest request, FilterChain chain) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, chain);
        return response;
    }

    private FilterChain respondWith(int status) {
        return (request, response) -> {
            effects.incrementAndGet();
            HttpServletResponse http = (HttpServletResponse) response;
            if (status == 302) {
                http.sendRedirect("/things/1");
                return;
            }
            http.setStatus(status);
            http.setContentType("application/json");
            http.getWriter().write("{\"n\":" + effects.get() + "}");
        };
    }

    private static MockHttpServletRequest apiRequest(String key, String body) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/things");
        request.setUserPrincipal(() -> "alice");
        request.addHeader(IdempotencyFilter.HEADER, key);
        request.setContentType("application/json");
        request.setContent(body.getBytes(UTF_8));
        return request;
    }

    private static MockHttpServletRequest formRequest(String token) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/things");
        request.setUserPrincipal(() -> "alice");
        request.setContentType("application/x-www-form-urlencoded");
        request.addParameter("name", "x");
        request.addParameter("formToken", token);
        request.addParameter("_csrf", UUID.randomUUID().toString());
        return request;
    }
}
