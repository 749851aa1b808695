package org.atelier.testsupport;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/** Puts records on a topic exactly as given, e.g. to redeliver an event or to send a poison message. */
public final class EventTopicWriter implements AutoCloseable {

    private final KafkaProducer<byte[], byte[]> producer;

    /** Writes to the shared test broker. */
    public EventTopicWriter() {
        this(SharedInfrastructure.kafkaBootstrapServers());
    }

    public EventTopicWriter(String bootstrapServers) {
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        this.producer = new KafkaProducer<>(properties);
    }

    public void send(String topic, String key, Map<String, String> headers, String payload) {
        send(topic, null, key, headers, payload);
    }

    /** Writes to one partition, e.g. to show a consumer the same key on two partitions; null: by the key, as producers do. */
    public void send(String topic, Integer partition, String key, Map<String, String> headers, String payload) {
        ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(topic, partition, key == null ? null : key.getBytes(UTF_8),
                payload.getBytes(UTF_8));
        headers.forEach((name, value) -> record.headers().add(name, value.getBytes(UTF_8)));
        try {
            producer.send(record).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not send to " + topic, e.getCause());
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
