package org.atelier.claims.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.atelier.claims.common.Head;
import org.atelier.claims.common.Lifecycle;
import org.atelier.claims.common.RuleViolation;

/**
 * A meeting of the heads of all departments, planned by top management with its agenda. When it is held, attendance
 * is taken against every department's heads; an item is heard when the head of one of its two departments attended,
 * and adjourned otherwise (the hearing is public: the parties are there to argue it). Decisions are taken only on
 * items heard at it.
 */
public final class Meeting {

    public static final int MAX_AGENDA = 100;

    public enum Status {
        PLANNED, HELD
    }

    /**
     * What the minutes say of one agenda item heard: the claimant's (or petitioner's) case, the other side's answer,
     * and the consequences stated, e.g. for the relationship with the customer.
     *
     * @param respondentAnswer may be null; so may {@code consequences}
     */
    public record Minutes(String claimantCase, String respondentAnswer, String consequences, String recordedBy, Instant recordedAt) {
    }

    /** What holding the meeting found. */
    public record Record(List<Head> attendance, List<Head> absentees, List<AgendaItem> heard, List<AgendaItem> adjourned,
                         String heldBy, Instant heldAt) {
    }

    private final String id;
    private final LocalDate date;
    private final List<AgendaItem> agenda;
    private final String plannedBy;
    private final Instant plannedAt;
    private Record record;
    private final Map<AgendaItem, Minutes> minutes;
    private final long version;
    private final List<MeetingEvent> newEvents = new ArrayList<>();

    private Meeting(String id, LocalDate date, List<AgendaItem> agenda, String plannedBy, Instant plannedAt, Record record,
                    Map<AgendaItem, Minutes> minutes, long version) {
        this.id = Objects.requireNonNull(id);
        this.minutes = new java.util.LinkedHashMap<>(minutes);
        this.date = date;
        this.agenda = List.copyOf(agenda);
        this.plannedBy = plannedBy;
        this.plannedAt = plannedAt;
        this.record = record;
        this.version = version;
    }

    /**
     * Plans the meeting and so schedules every item on its agenda, each of which the caller checked may be: the
     * meeting, with its {@code MeetingPlanned} and one {@code ClaimScheduled} per claim, is the one thing written.
     *
     * @throws RuleViolation without a date, with an item twice or an agenda of more than {@link #MAX_AGENDA}
     */
    public static Meeting plan(String id, LocalDate date, List<AgendaItem> agenda, String by, Instant now) {
        if (date == null) {
            throw new RuleViolation("date", "required", "Required");
        }
        if (date.getYear() < 2000 || date.getYear() > 2100) {
            throw new RuleViolation("date", "yearRange", "A day between the years {0} and {1}", "2000", "2100");
        }
        if (agenda.isEmpty()) {
            throw new RuleViolation("agenda", "agendaEmpty", "A meeting has at least one claim or commendation on its agenda");
        }
        if (agenda.size() > MAX_AGENDA) {
            throw new RuleViolation("agenda", "agendaTooLong", "At most {0} items", String.valueOf(MAX_AGENDA));
        }
        if (new LinkedHashSet<>(agenda).size() != agenda.size()) {
            throw new RuleViolation("agenda", "agendaTwice", "An item is on the agenda once");
        }
        Meeting meeting = new Meeting(id, date, agenda, by, now, null, Map.of(), 0);
        meeting.newEvents.add(new MeetingEvent.Planned(meeting));
        agenda.stream().filter(item -> item.kind() == AgendaItem.Kind.CLAIM)
                .forEach(item -> meeting.newEvents.add(new MeetingEvent.ClaimScheduled(meeting, item.id())));
        return meeting;
    }

    public static Meeting restore(String id, LocalDate date, List<AgendaItem> agenda, String plannedBy, Instant plannedAt, Record record,
                                  long version) {
        return restore(id, date, agenda, plannedBy, plannedAt, record, Map.of(), version);
    }

    public static Meeting restore(String id, LocalDate date, List<AgendaItem> agenda, String plannedBy, Instant plannedAt, Record record,
                                  Map<AgendaItem, Minutes> minutes, long version) {
        return new Meeting(id, date, agenda, plannedBy, plannedAt, record, minutes, version);
    }

    /**
     * Records (or corrects) the minutes of an item heard here, in the order the agenda has them.
     *
     * @throws RuleViolation unless the meeting is held and heard the item, or without the claimant's case
     */
    public Minutes recordMinutes(AgendaItem item, String claimantCase, String respondentAnswer, String consequences, String by, Instant now) {
        requireHeard(item);
        Minutes recorded = new Minutes(text("claimantCase", claimantCase, true), text("respondentAnswer", respondentAnswer, false),
                text("consequences", consequences, false), by, now);
        minutes.put(item, recorded);
        return recorded;
    }

    /** The minutes of each item heard that has them, in the agenda's order. */
    public Map<AgendaItem, Minutes> minutes() {
        Map<AgendaItem, Minutes> ordered = new java.util.LinkedHashMap<>();
        agenda.stream().filter(minutes::containsKey).forEach(item -> ordered.put(item, minutes.get(item)));
        return java.util.Collections.unmodifiableMap(ordered);
    }

    private static String text(String field, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw new RuleViolation(field, "required", "Required");
            }
            return null;
        }
        if (value.strip().length() > 4000) {
            throw new RuleViolation(field, "tooLong", "At most {0} characters", "4000");
        }
        return value.strip();
    }

    /**
     * Takes attendance and settles which items are heard.
     *
     * @param heads   the heads of all departments, from the directory
     * @param present usernames of the heads who came; each must be one of {@code heads}
     * @param parties per agenda item still scheduled here, its two departments; items not in it (withdrawn meanwhile)
     *                are neither heard nor adjourned
     */
    public Record hold(List<Head> heads, Set<String> present, Map<AgendaItem, Set<String>> parties, String by, Instant now) {
        if (record != null) {
            throw new Lifecycle.IllegalTransition("status", "meetingHeld", "The meeting {0} is already held", id);
        }
        for (String username : present) {
            if (heads.stream().noneMatch(head -> head.username().equals(username))) {
                throw new RuleViolation("present", "notAHead", "{0} is not the head of a department in the directory", username);
            }
        }
        List<Head> attended = heads.stream().filter(head -> present.contains(head.username())).toList();
        List<Head> absent = heads.stream().filter(head -> !present.contains(head.username())).toList();
        Set<String> departmentsThere = new LinkedHashSet<>(attended.stream().map(Head::department).toList());
        List<AgendaItem> heard = new ArrayList<>();
        List<AgendaItem> adjourned = new ArrayList<>();
        for (AgendaItem item : agenda) {
            Set<String> itsParties = parties.get(item);
            if (itsParties == null) {
                continue;
            }
            (itsParties.stream().anyMatch(departmentsThere::contains) ? heard : adjourned).add(item);
        }
        record = new Record(attended, absent, List.copyOf(heard), List.copyOf(adjourned), by, now);
        newEvents.add(new MeetingEvent.Held(this));
        return record;
    }

    /** @throws RuleViolation unless the meeting is held and heard the item: decisions are taken there and only there */
    public void requireHeard(AgendaItem item) {
        if (!agenda.contains(item)) {
            throw new Lifecycle.IllegalTransition("meetingId", "notOnAgenda", "It is not on the agenda of meeting {0}", id);
        }
        if (record == null) {
            throw new Lifecycle.IllegalTransition("meetingId", "meetingNotHeld", "The meeting {0} is not held yet: take attendance first", id);
        }
        if (!record.heard().contains(item)) {
            throw new Lifecycle.IllegalTransition("meetingId", "adjourned",
                    "It was adjourned at meeting {0}: neither party''s head attended, so it cannot be decided there", id);
        }
    }

    /**
     * The items scheduled for this meeting by its planning: its whole agenda until it is held, then none (each was
     * heard, adjourned, or withdrawn meanwhile, as its own document says).
     */
    public List<AgendaItem> openAgenda() {
        return record == null ? agenda : List.of();
    }

    public Status status() {
        return record == null ? Status.PLANNED : Status.HELD;
    }

    public String id() {
        return id;
    }

    public LocalDate date() {
        return date;
    }

    public List<AgendaItem> agenda() {
        return agenda;
    }

    public String plannedBy() {
        return plannedBy;
    }

    public Instant plannedAt() {
        return plannedAt;
    }

    public Optional<Record> record() {
        return Optional.ofNullable(record);
    }

    public long version() {
        return version;
    }

    public List<MeetingEvent> newEvents() {
        return List.copyOf(newEvents);
    }
}
