package org.atelier.inbox;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.model.InsertManyOptions;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Applies events' effects on a read model at most once, a batch in a single write.
 *
 * <p>Each effect is a document whose {@code _id} is the event id ({@code ce_id}): inserting it is both the
 * change to the read model and the proof that the event was applied, so a redelivered event hits the unique
 * {@code _id} and changes nothing. No transaction is needed, which is why this works on the embedded
 * MongoDB-protocol server as on real MongoDB. A batch is one unordered bulk insert: every fact not yet there is
 * written, whatever its neighbours, and those already there come back as duplicate-key errors on {@code _id}, which
 * mean "applied before", not failure.
 */
public class OnceOnlyWriter {

    private final MongoTemplate mongo;
    private final Counter duplicates;

    public OnceOnlyWriter(MongoTemplate mongo, MeterRegistry meters) {
        this.mongo = mongo;
        this.duplicates = Counter.builder("atelier.inbox.duplicates")
                .description("Redelivered events that were recognised and not applied again").register(meters);
    }

    /**
     * Writes the facts of a batch in one round trip, each at most once.
     *
     * @param facts read-model documents, each with its event id as {@code _id}
     * @return how many of them changed the read model; the rest had been applied before (or came twice in the batch)
     * @throws MongoBulkWriteException when a fact fails for any other reason than being there already
     */
    public int insertAllOnce(String collection, List<Document> facts) {
        if (facts.isEmpty()) {
            return 0;
        }
        try {
            mongo.getCollection(collection).insertMany(facts, new InsertManyOptions().ordered(false));
            return facts.size();
        } catch (MongoBulkWriteException failed) {
            if (failed.getWriteConcernError() != null
                    || !failed.getWriteErrors().stream().allMatch(OnceOnlyWriter::isAlreadyApplied)) {
                throw failed;
            }
            // Counted from the errors, not from the result's insert count: servers differ in whether they count the
            // documents they refused (the embedded MongoDB-protocol server does).
            int alreadyApplied = failed.getWriteErrors().size();
            duplicates.increment(alreadyApplied);
            return facts.size() - alreadyApplied;
        }
    }

    private static boolean isAlreadyApplied(BulkWriteError error) {
        return ErrorCategory.fromErrorCode(error.getCode()) == ErrorCategory.DUPLICATE_KEY
                && error.getMessage() != null && error.getMessage().contains("_id_");
    }
}
