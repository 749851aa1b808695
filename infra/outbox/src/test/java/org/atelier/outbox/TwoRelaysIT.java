package org.atelier.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.atelier.events.envelope.EventMetadata;
import org.atelier.events.envelope.EventType;
import org.atelier.testsupport.EventTopicReader;
import org.atelier.testsupport.EventTopicReader.PublishedRecord;
import org.atelier.testsupport.SharedInfrastructure;
import org.atelier.testsupport.UsesSharedInfrastructure;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Two instances of a service on one database and the real broker: both write, both relays publish right after
 * their writes and both sweeps run all the time with no grace period, so they meet on the same aggregates.
 * Every event arrives, once, and each aggregate's events arrive in the order they were written. (Without the
 * outbox lease, the same run publishes dozens of events twice.)
 */
@UsesSharedInfrastructure
class TwoRelaysIT {

    private static final Logger log = LoggerFactory.getLogger(TwoRelaysIT.class);
    private static final EventType ORDER_CHANGED = new EventType("test", "OrderChanged", 1);
    private static final int AGGREGATES = 30;
    private static final int EVENTS_EACH = 6;

    @org.springframework.data.mongodb.core.mapping.Document("orders")
    record OrderDocument(@Id String id, int lines, long version, List<OutboxMessage> outbox) {
    }

    /** One instance of the service: its relay, its sweep, its producer. */
    private record Instance(AggregateDocuments documents, OutboxSweeper sweeper, KafkaProducer<String, String> producer) {
    }

    private final String topic = "it.two-relays." + UUID.randomUUID();
    private MongoClient client;
    private MongoTemplate mongo;
    private final List<Instance> instances = new ArrayList<>();

    @BeforeEach
    void twoInstances() {
        client = MongoClients.create(SharedInfrastructure.mongoUri());
        mongo = new MongoTemplate(client, "two_relays_it");
        mongo.dropCollection("orders");
        for (String owner : List.of("instance-a", "instance-b")) {
            KafkaProducer<String, String> producer = producer();
            OutboxPublisher publisher = message -> send(producer, message);
            OutboxRelay relay = new OutboxRelay(mongo, publisher, CrashDrill.disarmed(), new SimpleMeterRegistry(), owner,
                    Duration.ofSeconds(30), Clock.systemUTC());
            OutboxCollections collections = new OutboxCollections(mongo);
            collections.register("orders");
            OutboxSweeper sweeper = new OutboxSweeper(mongo, relay, collections,
                    OutboxProperties.defaults().withSweepGrace(Duration.ZERO).withSweepInterval(Duration.ofMillis(10)), Clock.systemUTC(),
                    new SimpleMeterRegistry());
            instances.add(new Instance(new AggregateDocuments(mongo, relay, collections), sweeper, producer));
        }
    }

    @AfterEach
    void stop() {
        instances.forEach(instance -> {
            instance.sweeper().stop();
            instance.producer().close();
        });
        client.close();
    }

    @Test
    void noEventIsLostNoneIsPublishedTwiceAndEachAggregatesEventsArriveInOrder() throws Exception {
        instances.forEach(instance -> instance.sweeper().start());
        ExecutorService writers = Executors.newFixedThreadPool(4);
        List<Future<?>> writes = new ArrayList<>();
        for (int a = 0; a < AGGREGATES; a++) {
            String id = "order-" + a;
            writes.add(writers.submit(() -> writeEvents(id)));
        }
        for (Future<?> write : writes) {
            write.get();
        }
        writers.shutdown();

        try (EventTopicReader reader = new EventTopicReader(topic)) {
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                    .until(() -> reader.poll().stream().map(record -> record.header("ce_id")).distinct().count() == AGGREGATES * EVENTS_EACH);
            List<PublishedRecord> records = reader.poll();
            Map<String, List<Integer>> arrivalOrder = new LinkedHashMap<>();
            for (PublishedRecord record : records) {
                arrivalOrder.computeIfAbsent(record.key(), key -> new ArrayList<>()).add(sequence(record));
            }
            long duplicates = records.size() - records.stream().map(record -> record.header("ce_id")).distinct().count();
            log.info("{} events from {} aggregates arrived as {} records: {} duplicate(s)", AGGREGATES * EVENTS_EACH, AGGREGATES,
                    records.size(), duplicates);
            assertThat(duplicates).as("no instance crashed, so no lease ran out and nobody published what another one was publishing")
                    .isZero();
            assertThat(arrivalOrder).hasSize(AGGREGATES);
            arrivalOrder.forEach((aggregate, sequences) -> {
                assertThat(sequences).as("events of %s in arrival order", aggregate).isSorted();
                assertThat(sequences.stream().distinct().toList()).as("events of %s", aggregate).hasSize(EVENTS_EACH);
            });
        }
        await().atMost(Duration.ofSeconds(10))
                .until(() -> mongo.getCollection("orders").countDocuments(new Document("outbox.0", new Document("$exists", true))) == 0);
    }

    /** One aggregate's changes, one event each, each saved by one instance or the other. */
    private void writeEvents(String id) {
        for (int sequence = 1; sequence <= EVENTS_EACH; sequence++) {
            Instant now = Instant.now();
            OutboxMessage event = OutboxMessage.of(new EventMetadata(UUID.randomUUID(), ORDER_CHANGED.source(), ORDER_CHANGED, id, now),
                    topic, "{\"sequence\":" + sequence + "}", now);
            AggregateDocuments documents = instances.get(ThreadLocalRandom.current().nextInt(instances.size())).documents();
            assertThat(documents.save(new OrderDocument(id, sequence, sequence, List.of(event)), id, sequence - 1, List.of(event))).isTrue();
        }
    }

    private static int sequence(PublishedRecord record) {
        return Integer.parseInt(record.payload().replaceAll("\\D", ""));
    }

    private static KafkaProducer<String, String> producer() {
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.kafkaBootstrapServers());
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        return new KafkaProducer<>(properties);
    }

    /** A synchronous send, as the binder's is. */
    private static void send(KafkaProducer<String, String> producer, OutboxMessage message) {
        ProducerRecord<String, String> record = new ProducerRecord<>(message.destination(), message.subject(), message.payload());
        message.headers().forEach((name, value) -> record.headers().add(name, value.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        try {
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("The broker did not acknowledge " + message.eventId(), e);
        }
    }
}
