package org.atelier.claims.meeting.messaging;

import java.time.Instant;
import java.util.List;
import org.atelier.claims.events.ClaimScheduledV1;
import org.atelier.claims.events.ClaimsEvents;
import org.atelier.claims.events.MeetingHeldV1;
import org.atelier.claims.events.MeetingPlannedV1;
import org.atelier.claims.meeting.AgendaItem;
import org.atelier.claims.common.Head;
import org.atelier.claims.meeting.Meeting;
import org.atelier.claims.meeting.MeetingEvent;
import org.atelier.events.envelope.EventMetadata;
import org.atelier.outbox.OutboxMessage;
import tools.jackson.databind.json.JsonMapper;

/** A meeting's events as published: its own keyed by the meeting id, the claims' it schedules by each claim's id. */
public class MeetingEventTranslator {

    private final JsonMapper json;
    private final String topic;

    public MeetingEventTranslator(JsonMapper json, String topic) {
        this.json = json;
        this.topic = topic;
    }

    public OutboxMessage toOutbox(MeetingEvent event, Instant now) {
        Meeting meeting = event.meeting();
        if (event instanceof MeetingEvent.Planned) {
            EventMetadata metadata = EventMetadata.newEvent(ClaimsEvents.MEETING_PLANNED_V1, meeting.id(), meeting.plannedAt());
            return OutboxMessage.of(metadata, topic, json.writeValueAsString(new MeetingPlannedV1(meeting.id(), meeting.date(),
                    items(meeting.agenda()), meeting.plannedBy(), meeting.plannedAt())), now);
        }
        if (event instanceof MeetingEvent.ClaimScheduled scheduled) {
            // Keyed by the claim, as the claim's own events: the planning is the scheduling, dated and signed by it.
            EventMetadata metadata = EventMetadata.newEvent(ClaimsEvents.CLAIM_SCHEDULED_V1, scheduled.claimId(), meeting.plannedAt());
            return OutboxMessage.of(metadata, topic, json.writeValueAsString(new ClaimScheduledV1(scheduled.claimId(), meeting.id(),
                    meeting.date(), meeting.plannedBy(), meeting.plannedAt())), now);
        }
        Meeting.Record record = meeting.record().orElseThrow();
        EventMetadata metadata = EventMetadata.newEvent(ClaimsEvents.MEETING_HELD_V1, meeting.id(), record.heldAt());
        return OutboxMessage.of(metadata, topic, json.writeValueAsString(new MeetingHeldV1(meeting.id(), meeting.date(),
                people(record.attendance()), people(record.absentees()), heldItems(record.heard()), heldItems(record.adjourned()), record.heldBy(),
                record.heldAt())), now);
    }

    private static List<MeetingPlannedV1.AgendaItem> items(List<AgendaItem> items) {
        return items.stream().map(item -> new MeetingPlannedV1.AgendaItem(item.kind().name(), item.id())).toList();
    }

    private static List<MeetingHeldV1.AgendaItem> heldItems(List<AgendaItem> items) {
        return items.stream().map(item -> new MeetingHeldV1.AgendaItem(item.kind().name(), item.id())).toList();
    }

    private static List<MeetingHeldV1.Person> people(List<Head> heads) {
        return heads.stream().map(head -> new MeetingHeldV1.Person(head.username(), head.department())).toList();
    }
}
