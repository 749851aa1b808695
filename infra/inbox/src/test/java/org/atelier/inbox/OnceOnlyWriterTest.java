package org.atelier.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;

/** The insert-once writes against a MongoDB-protocol server (the embedded one the local stack runs on). */
class OnceOnlyWriterTest {

    private static MongoServer server;
    private static MongoClient client;

    private MongoTemplate mongo;
    private SimpleMeterRegistry meters;
    private OnceOnlyWriter writer;
    private String collection;

    @BeforeAll
    static void startServer() {
        server = new MongoServer(new MemoryBackend());
        client = MongoClients.create("mongodb://127.0.0.1:" + server.bind().getPort());
    }

    @AfterAll
    static void stopServer() {
        client.close();
        server.shutdownNow();
    }

    @BeforeEach
    void freshCollection() {
        mongo = new MongoTemplate(client, "inbox_test");
        meters = new SimpleMeterRegistry();
        writer = new OnceOnlyWriter(mongo, meters);
        collection = "facts_" + UUID.randomUUID().toString().replace("-", "");
    }

    @Test
    void aRedeliveredEventChangesNothing() {
        assertThat(writer.insertAllOnce(collection, List.of(fact("e1")))).isEqualTo(1);
        assertThat(writer.insertAllOnce(collection, List.of(fact("e1")))).isZero();

        assertThat(mongo.getCollection(collection).countDocuments()).isEqualTo(1);
        assertThat(duplicatesCounted()).isEqualTo(1.0);
    }

    @Test
    void aBatchIsWrittenWholeAndCountsWhatItChanged() {
        assertThat(writer.insertAllOnce(collection, List.of(fact("a"), fact("b"), fact("c")))).isEqualTo(3);

        assertThat(mongo.getCollection(collection).countDocuments()).isEqualTo(3);
        assertThat(duplicatesCounted()).isZero();
    }

    @Test
    void aRedeliveredBatchWritesOnlyWhatWasNotThereAndSaysHowMuch() {
        writer.insertAllOnce(collection, List.of(fact("a"), fact("b")));

        // a and b were applied before; c is new and sits after them, so an ordered insert would have stopped short.
        int changed = writer.insertAllOnce(collection, List.of(fact("a"), fact("b"), fact("c")));

        assertThat(changed).isEqualTo(1);
        assertThat(mongo.getCollection(collection).countDocuments()).isEqualTo(3);
        assertThat(duplicatesCounted()).isEqualTo(2.0);
    }

    @Test
    void theSameEventTwiceInOneBatchIsAppliedOnce() {
        int changed = writer.insertAllOnce(collection, List.of(fact("a"), fact("a"), fact("b")));

        assertThat(changed).isEqualTo(2);
        assertThat(mongo.getCollection(collection).countDocuments()).isEqualTo(2);
    }

    @Test
    void aFailureOtherThanBeingThereAlreadyIsNotSwallowed() {
        mongo.indexOps(collection).createIndex(new Index().on("reference", org.springframework.data.domain.Sort.Direction.ASC).unique());
        List<Document> clash = List.of(fact("a").append("reference", "R-1"), fact("b").append("reference", "R-1"));

        assertThatThrownBy(() -> writer.insertAllOnce(collection, clash)).isInstanceOf(MongoBulkWriteException.class);
    }

    @Test
    void anEmptyBatchWritesNothing() {
        assertThat(writer.insertAllOnce(collection, List.of())).isZero();
        assertThat(mongo.collectionExists(collection)).isFalse();
    }

    private static Document fact(String eventId) {
        return new Document("_id", eventId).append("amount", 1);
    }

    private double duplicatesCounted() {
        return meters.get("atelier.inbox.duplicates").counter().count();
    }
}
