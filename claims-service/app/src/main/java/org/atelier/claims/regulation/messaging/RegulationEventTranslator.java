package org.atelier.claims.regulation.messaging;

import java.time.Instant;
import org.atelier.claims.events.ClaimsEvents;
import org.atelier.claims.events.RegulationPublishedV1;
import org.atelier.claims.regulation.Regulation;
import org.atelier.events.envelope.EventMetadata;
import org.atelier.outbox.OutboxMessage;
import tools.jackson.databind.json.JsonMapper;

/** A published regulation version as published on the topic: keyed by the regulation's code, so its versions stay in order. */
public class RegulationEventTranslator {

    private final JsonMapper json;
    private final String topic;

    public RegulationEventTranslator(JsonMapper json, String topic) {
        this.json = json;
        this.topic = topic;
    }

    public OutboxMessage published(Regulation r, Instant now) {
        return OutboxMessage.of(EventMetadata.newEvent(ClaimsEvents.REGULATION_PUBLISHED_V1, r.id(), r.publishedAt()), topic,
                json.writeValueAsString(new RegulationPublishedV1(r.id(), r.version(), r.name(), r.text(), r.owningDepartment(),
                        r.boundDepartments(), r.inForceFrom(), r.inForceTo(), r.publishedBy(), r.publishedAt())), now);
    }
}
