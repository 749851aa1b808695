package org.atelier.outbox;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.Map;
import org.apache.kafka.common.header.Headers;
import org.atelier.events.envelope.CloudEventHeaders;
import org.springframework.cloud.stream.binder.kafka.common.BinderHeaderMapper;
import org.springframework.kafka.support.KafkaHeaderMapper;
import org.springframework.messaging.MessageHeaders;

/**
 * The Kafka binder's header mapper for every Atelier service: a record carries exactly the headers its AsyncAPI
 * document declares, the CloudEvents attributes ({@code ce_*}) and {@code content-type}, as plain UTF-8 text.
 *
 * <p>Left to itself the binder writes every message header onto the record, Spring's internal ones included
 * ({@code contentType}, {@code spring_json_header_types}, {@code message-type}, ...), which no contract declares
 * and external consumers trip over. None of our consumers reads them: they read the CloudEvents attributes
 * ({@code IncomingEvent}). Reading is left as the binder does it, so records from elsewhere are received as before.
 *
 * <p>Registered under the name the binder looks for, {@value #BEAN_NAME}.
 */
public class DeclaredHeadersOnly implements KafkaHeaderMapper {

    public static final String BEAN_NAME = "kafkaBinderHeaderMapper";

    private final KafkaHeaderMapper inbound = new BinderHeaderMapper();

    /** Whether a header of an outgoing message is declared, so goes onto the record. */
    public static boolean isDeclared(String name) {
        return name.startsWith(CloudEventHeaders.PREFIX) || CloudEventHeaders.CONTENT_TYPE.equals(name);
    }

    @Override
    public void fromHeaders(MessageHeaders headers, Headers target) {
        headers.forEach((name, value) -> {
            if (isDeclared(name) && value != null) {
                target.add(name, value instanceof byte[] bytes ? bytes : value.toString().getBytes(UTF_8));
            }
        });
    }

    @Override
    public void toHeaders(Headers source, Map<String, Object> target) {
        inbound.toHeaders(source, target);
    }
}
