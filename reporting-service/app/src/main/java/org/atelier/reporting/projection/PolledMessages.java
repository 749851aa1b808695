package org.atelier.reporting.projection;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

/**
 * The records of one poll as the Kafka binder hands them over in batch mode, back as one message per record, each
 * with its own headers (the CloudEvents attributes) and its own topic, partition and offset, as a record-at-a-time
 * binding would have delivered it.
 *
 * <p>In batch mode the payload is the list of record values, each record's headers are in
 * {@link KafkaHeaders#BATCH_CONVERTED_HEADERS} and the topic, partition and offset of each are lists in the usual
 * headers, index by index.
 */
public final class PolledMessages {

    private PolledMessages() {
    }

    public static List<Message<byte[]>> split(Message<List<byte[]>> poll) {
        List<byte[]> values = poll.getPayload();
        List<?> headers = list(poll, KafkaHeaders.BATCH_CONVERTED_HEADERS);
        List<?> topics = list(poll, KafkaHeaders.RECEIVED_TOPIC);
        List<?> partitions = list(poll, KafkaHeaders.RECEIVED_PARTITION);
        List<?> offsets = list(poll, KafkaHeaders.OFFSET);
        List<Message<byte[]>> messages = new ArrayList<>(values.size());
        for (int index = 0; index < values.size(); index++) {
            MessageBuilder<byte[]> message = MessageBuilder.withPayload(values.get(index) == null ? new byte[0] : values.get(index));
            if (index < headers.size() && headers.get(index) instanceof Map<?, ?> ofRecord) {
                // copyHeaders leaves out the read-only ones (id, timestamp): the new message gets its own.
                Map<String, Object> recordHeaders = new HashMap<>();
                ofRecord.forEach((name, value) -> recordHeaders.put(String.valueOf(name), value));
                message.copyHeaders(recordHeaders);
            }
            copy(message, KafkaHeaders.RECEIVED_TOPIC, topics, index);
            copy(message, KafkaHeaders.RECEIVED_PARTITION, partitions, index);
            copy(message, KafkaHeaders.OFFSET, offsets, index);
            messages.add(message.build());
        }
        return messages;
    }

    private static List<?> list(Message<?> poll, String header) {
        return poll.getHeaders().get(header) instanceof List<?> values ? values : List.of();
    }

    private static void copy(MessageBuilder<byte[]> message, String header, List<?> values, int index) {
        if (index < values.size() && values.get(index) != null) {
            message.setHeader(header, values.get(index));
        }
    }
}
