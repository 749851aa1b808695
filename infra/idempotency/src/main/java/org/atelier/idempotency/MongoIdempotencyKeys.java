package org.atelier.idempotency;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.Binary;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The keys in MongoDB, one document per caller and key: {@code _id} is {@code {caller, key}}. A key is claimed by
 * inserting that document, so of two concurrent requests exactly one wins on the unique {@code _id}, with no
 * transaction (which the embedded database does not have). Completing or releasing a key is guarded by the
 * claim's own id, so a request whose lease was taken over cannot overwrite its successor. A TTL index on
 * {@code expiresAt} lets the database forget old keys; a record past its expiry that the database has not yet
 * removed is treated as gone.
 */
class MongoIdempotencyKeys {

    private static final int CLAIM_ATTEMPTS = 3;

    private final MongoCollection<Document> keys;
    private final IdempotencyProperties properties;
    private final Clock clock;

    MongoIdempotencyKeys(MongoTemplate mongo, IdempotencyProperties properties, Clock clock) {
        this.keys = mongo.getCollection(properties.collection());
        this.properties = properties;
        this.clock = clock;
        keys.createIndex(Indexes.ascending("expiresAt"), new IndexOptions().name("expiresAt_ttl").expireAfter(0L, TimeUnit.SECONDS));
    }

    Claim claim(String caller, String key, Fingerprint fingerprint) {
        Document id = new Document("caller", caller).append("key", key);
        for (int attempt = 0; attempt < CLAIM_ATTEMPTS; attempt++) {
            Instant now = clock.instant();
            String claimId = UUID.randomUUID().toString();
            Document fresh = new Document("_id", id).append("claim", claimId).append("fingerprint", fingerprint.value())
                    .append("done", false).append("leaseUntil", Date.from(now.plus(properties.inFlightLease())))
                    .append("expiresAt", Date.from(now.plus(properties.retention())));
            try {
                keys.insertOne(fresh);
                return new Claim.Claimed(caller, key, claimId);
            } catch (MongoWriteException e) {
                if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
            }
            Optional<KeyRecord> existing = find(id);
            if (existing.isEmpty()) {
                continue;
            }
            KeyRecord record = existing.get();
            switch (record.judge(fingerprint.value(), now)) {
                case MISMATCH -> {
                    return new Claim.Mismatch();
                }
                case REPLAY -> {
                    return new Claim.Replay(record.response());
                }
                case IN_FLIGHT -> {
                    return new Claim.InFlight();
                }
                case FREE -> {
                    if (keys.replaceOne(Filters.and(Filters.eq("_id", id), Filters.eq("claim", record.claim())), fresh).getModifiedCount() == 1) {
                        return new Claim.Claimed(caller, key, claimId);
                    }
                }
            }
        }
        return new Claim.InFlight();
    }

    void complete(Claim.Claimed claim, StoredResponse response) {
        keys.updateOne(owned(claim), Updates.combine(
                Updates.set("done", true),
                Updates.set("status", response.status()),
                Updates.set("contentType", response.contentType()),
                Updates.set("location", response.location()),
                Updates.set("body", new Binary(response.body())),
                Updates.set("expiresAt", Date.from(clock.instant().plus(properties.retention())))));
    }

    /** The request did not finish in a way worth repeating (a server error, a refused form): a retry may run it. */
    void release(Claim.Claimed claim) {
        keys.deleteOne(owned(claim));
    }

    private Optional<KeyRecord> find(Document id) {
        Document stored = keys.find(Filters.eq("_id", id)).first();
        if (stored == null) {
            return Optional.empty();
        }
        boolean done = stored.getBoolean("done", false);
        Binary body = stored.get("body", Binary.class);
        StoredResponse response = done ? new StoredResponse(stored.getInteger("status"), stored.getString("contentType"),
                stored.getString("location"), body == null ? null : body.getData()) : null;
        return Optional.of(new KeyRecord(stored.getString("claim"), stored.getString("fingerprint"), done,
                stored.getDate("leaseUntil").toInstant(), stored.getDate("expiresAt").toInstant(), response));
    }

    private static Bson owned(Claim.Claimed claim) {
        return Filters.and(Filters.eq("_id", new Document("caller", claim.caller()).append("key", claim.key())), Filters.eq("claim", claim.id()));
    }
}
