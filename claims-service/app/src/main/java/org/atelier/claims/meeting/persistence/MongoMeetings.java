package org.atelier.claims.meeting.persistence;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.atelier.claims.meeting.AgendaItem;
import org.atelier.claims.common.Head;
import org.atelier.claims.common.Lifecycle;
import org.atelier.claims.meeting.Meeting;
import org.atelier.claims.meeting.Meetings;
import org.atelier.claims.meeting.messaging.MeetingEventTranslator;
import org.atelier.outbox.AggregateDocuments;
import org.atelier.outbox.OutboxMessage;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Query;

/**
 * One document per meeting; its state and new events are written together by {@link AggregateDocuments}.
 *
 * <p>Planning a meeting is that one write: the meeting, its {@code MeetingPlanned} and a {@code ClaimScheduled} per
 * claim on its agenda. What keeps an item on one agenda at a time is {@code openAgenda}: the items' keys
 * ({@code CLAIM:<id>}, {@code COMMENDATION:<id>}) while the meeting is planned, removed when it is held, under a unique
 * sparse index. Of two meetings planned at once with the same item, the second insert fails on it and writes nothing;
 * no transaction is needed, so it holds on MongoDB and on the embedded server alike.
 */
public class MongoMeetings implements Meetings {

    static final String COLLECTION = "meetings";
    static final String OPEN_AGENDA = "openAgenda";
    static final String OPEN_AGENDA_INDEX = "open-agenda-once";

    /** @param openAgenda the keys of the items scheduled here while the meeting is planned; null (absent) once held */
    @Document(COLLECTION)
    record MeetingDocument(@Id String id, LocalDate date, List<ItemDocument> agenda, List<String> openAgenda, String plannedBy,
                           Instant plannedAt, RecordDocument record, List<MinutesDocument> minutes, long version, List<OutboxMessage> outbox) {
    }

    record MinutesDocument(ItemDocument item, String claimantCase, String respondentAnswer, String consequences, String recordedBy,
                           Instant recordedAt) {
    }

    record ItemDocument(String kind, String id) {
    }

    record HeadDocument(String username, String department) {
    }

    record RecordDocument(List<HeadDocument> attendance, List<HeadDocument> absentees, List<ItemDocument> heard, List<ItemDocument> adjourned,
                          String heldBy, Instant heldAt) {
    }

    private final MongoTemplate mongo;
    private final MeetingEventTranslator translator;
    private final AggregateDocuments documents;
    private final Clock clock;

    public MongoMeetings(MongoTemplate mongo, MeetingEventTranslator translator, AggregateDocuments documents, Clock clock) {
        this.mongo = mongo;
        this.translator = translator;
        this.documents = documents;
        this.clock = clock;
    }

    /**
     * An item on one open agenda at most. Sparse: a held meeting has no {@code openAgenda} and is left out, so its
     * items (adjourned ones too) may be planned again.
     */
    public void ensureIndexes() {
        mongo.indexOps(MeetingDocument.class).createIndex(new Index().on(OPEN_AGENDA, Sort.Direction.ASC).unique().sparse()
                .named(OPEN_AGENDA_INDEX));
    }

    static String key(AgendaItem.Kind kind, String itemId) {
        return kind.name() + ":" + itemId;
    }

    @Override
    public Optional<Meeting> find(String id) {
        return Optional.ofNullable(mongo.findById(id, MeetingDocument.class)).map(MongoMeetings::toMeeting);
    }

    @Override
    public List<Meeting> all() {
        return mongo.find(new Query().with(Sort.by(Sort.Direction.DESC, "date")), MeetingDocument.class).stream().map(MongoMeetings::toMeeting).toList();
    }

    @Override
    public void save(Meeting meeting) {
        List<OutboxMessage> events = meeting.newEvents().stream().map(event -> translator.toOutbox(event, clock.instant())).toList();
        Meeting.Record r = meeting.record().orElse(null);
        List<String> open = meeting.openAgenda().stream().map(item -> key(item.kind(), item.id())).toList();
        MeetingDocument next = new MeetingDocument(meeting.id(), meeting.date(), items(meeting.agenda()), open.isEmpty() ? null : open,
                meeting.plannedBy(), meeting.plannedAt(),
                r == null ? null : new RecordDocument(heads(r.attendance()), heads(r.absentees()), items(r.heard()), items(r.adjourned()),
                        r.heldBy(), r.heldAt()),
                meeting.minutes().entrySet().stream().map(e -> new MinutesDocument(new ItemDocument(e.getKey().kind().name(), e.getKey().id()),
                        e.getValue().claimantCase(), e.getValue().respondentAnswer(), e.getValue().consequences(), e.getValue().recordedBy(),
                        e.getValue().recordedAt())).toList(),
                meeting.version() + 1, events);
        if (!documents.save(next, next.id(), meeting.version(), events)) {
            if (meeting.version() == 0) {
                // A new meeting's id is fresh: what the insert ran into is another planned meeting holding one of its items.
                throw new Lifecycle.IllegalTransition("agenda", "alreadyOnAgenda",
                        "An item of this agenda was put on another meeting''s agenda meanwhile; nothing was planned");
            }
            throw new ConcurrentMeetingChange(meeting.id());
        }
    }

    private static List<ItemDocument> items(List<AgendaItem> items) {
        return items.stream().map(item -> new ItemDocument(item.kind().name(), item.id())).toList();
    }

    private static List<HeadDocument> heads(List<Head> heads) {
        return heads.stream().map(head -> new HeadDocument(head.username(), head.department())).toList();
    }

    private static List<AgendaItem> toItems(List<ItemDocument> items) {
        return items == null ? List.of() : items.stream().map(item -> new AgendaItem(AgendaItem.Kind.valueOf(item.kind()), item.id())).toList();
    }

    private static List<Head> toHeads(List<HeadDocument> heads) {
        return heads == null ? List.of() : heads.stream().map(head -> new Head(head.username(), head.department())).toList();
    }

    private static Meeting toMeeting(MeetingDocument doc) {
        RecordDocument r = doc.record();
        return Meeting.restore(doc.id(), doc.date(), toItems(doc.agenda()), doc.plannedBy(), doc.plannedAt(),
                r == null ? null : new Meeting.Record(toHeads(r.attendance()), toHeads(r.absentees()), toItems(r.heard()), toItems(r.adjourned()),
                        r.heldBy(), r.heldAt()),
                toMinutes(doc.minutes()), doc.version());
    }

    private static java.util.Map<AgendaItem, Meeting.Minutes> toMinutes(List<MinutesDocument> minutes) {
        java.util.Map<AgendaItem, Meeting.Minutes> byItem = new java.util.LinkedHashMap<>();
        if (minutes != null) {
            minutes.forEach(m -> byItem.put(new AgendaItem(AgendaItem.Kind.valueOf(m.item().kind()), m.item().id()),
                    new Meeting.Minutes(m.claimantCase(), m.respondentAnswer(), m.consequences(), m.recordedBy(), m.recordedAt())));
        }
        return byItem;
    }
}
