package org.atelier.idempotency;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code atelier.idempotency.*}
 *
 * @param enabled        off turns the whole library off (keys are then ignored, as by a server that never had it)
 * @param retention      how long a key and its first response are kept (the draft asks for at least 24 h)
 * @param inFlightLease  how long a running request holds its key; past it the instance running it is taken for
 *                       dead and a retry may run. Far above any request's duration (the outbox bounds a command's
 *                       publish at a few seconds)
 * @param formWait       how long a double-clicked form's second submit waits for the first to finish, to show its
 *                       outcome rather than an error
 * @param maxKeyLength   longer keys are refused with 400
 * @param collection     the MongoDB collection of the keys
 * @param apiPrefix      requests under this path use the {@code Idempotency-Key} header; the others (pages) the
 *                       form token
 * @param formTokenField the hidden form field, and the model attribute the pages render it from
 */
@ConfigurationProperties("atelier.idempotency")
public record IdempotencyProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("24h") Duration retention,
        @DefaultValue("1m") Duration inFlightLease,
        @DefaultValue("10s") Duration formWait,
        @DefaultValue("255") int maxKeyLength,
        @DefaultValue("idempotency_keys") String collection,
        @DefaultValue("/api/") String apiPrefix,
        @DefaultValue("formToken") String formTokenField) {
}
