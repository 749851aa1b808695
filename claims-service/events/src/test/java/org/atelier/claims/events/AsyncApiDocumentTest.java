package org.atelier.claims.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Map;
import java.util.stream.Collectors;
import org.atelier.events.envelope.EventType;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** The AsyncAPI document is written by hand from the JSON Schemas; this keeps the two in step. */
class AsyncApiDocumentTest {

    @Test
    @SuppressWarnings("unchecked")
    void describesExactlyThePublishedEventsWithTheirSchemasOnTheirTopic() throws Exception {
        Map<String, Object> document;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("asyncapi/claims.asyncapi.yaml")) {
            document = new Yaml().load(in);
        }
        Map<String, Object> channel = (Map<String, Object>) ((Map<String, Object>) document.get("channels")).get("claimsEvents");
        assertThat(channel.get("address")).isEqualTo(ClaimsEvents.TOPIC);

        Map<String, Object> messages = (Map<String, Object>) ((Map<String, Object>) document.get("components")).get("messages");
        Map<String, String> schemaByType = messages.values().stream().map(m -> (Map<String, Object>) m).collect(Collectors.toMap(
                message -> (String) message.get("name"),
                message -> (String) ((Map<String, Object>) ((Map<String, Object>) message.get("payload")).get("schema")).get("$ref")));

        assertThat(schemaByType.keySet()).containsExactlyInAnyOrderElementsOf(ClaimsEvents.ALL.stream().map(EventType::toString).toList());
        for (EventType type : ClaimsEvents.ALL) {
            String schema = schemaByType.get(type.toString());
            assertThat("asyncapi/" + schema).isEqualTo("asyncapi/../" + ClaimsEvents.schemaResource(type));
            assertThat(getClass().getClassLoader().getResource(ClaimsEvents.schemaResource(type))).isNotNull();
        }
        assertThat(((Map<String, Object>) channel.get("messages")).keySet())
                .containsExactlyInAnyOrderElementsOf(ClaimsEvents.ALL.stream().map(EventType::schemaFileName).map(name -> name.replace(".json", "")).toList());
    }
}
