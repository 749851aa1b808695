package org.atelier.claims.common;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The way claims and commendations go through the heads' meeting: FILED → SCHEDULED (on a meeting's agenda) → HEARD
 * (at that meeting, with a party's head present) → DECIDED there; ADJOURNED back to FILED when neither party's head
 * came; WITHDRAWN by the filer before the hearing. Every step is recorded; a step the current stage does not allow is
 * refused with {@link IllegalTransition} and changes nothing.
 */
public final class Lifecycle {

    public enum Stage {
        FILED, SCHEDULED, HEARD, DECIDED, WITHDRAWN
    }

    private Stage stage;
    private String meetingId;
    private final List<Transition> transitions;

    private Lifecycle(Stage stage, String meetingId, List<Transition> transitions) {
        this.stage = Objects.requireNonNull(stage);
        this.meetingId = meetingId;
        this.transitions = new ArrayList<>(transitions);
    }

    public static Lifecycle filed(String by, Instant at) {
        return new Lifecycle(Stage.FILED, null, List.of(new Transition(Stage.FILED.name(), null, by, at)));
    }

    public static Lifecycle restore(Stage stage, String meetingId, List<Transition> transitions) {
        return new Lifecycle(stage, meetingId, transitions);
    }

    /**
     * The stage as stored, read with the open agenda that holds the item, if any. Planning a meeting writes the meeting
     * alone, so an item stored as filed is SCHEDULED for the planned meeting whose agenda has it, with the step dated
     * and signed by the planning; once the item is written again (a position, a withdrawal, its hearing) the step is
     * stored with it. An item already adjourned at that meeting is not scheduled for it again: the meeting's hearing
     * was under way when it was read.
     *
     * @param place the open agenda holding the item; null when none does
     */
    public static Lifecycle restore(Stage stage, String meetingId, List<Transition> transitions, AgendaPlace place) {
        Lifecycle lifecycle = new Lifecycle(stage, meetingId, transitions);
        if (place != null && stage == Stage.FILED && !lifecycle.adjournedAt(place.meetingId())) {
            lifecycle.schedule(place.meetingId(), place.plannedBy(), place.plannedAt());
        }
        return lifecycle;
    }

    /** @throws IllegalTransition unless the item may go on an agenda: only a filed one may */
    public void requireSchedulable() {
        require(stage == Stage.FILED, "scheduled", "only a filed item goes on an agenda");
    }

    public void schedule(String meeting, String by, Instant at) {
        requireSchedulable();
        move(Stage.SCHEDULED, Stage.SCHEDULED.name(), meeting, by, at);
    }

    /** Heard at the meeting whose agenda it is on. */
    public void hear(String meeting, String by, Instant at) {
        requireScheduledAt(meeting, "heard");
        move(Stage.HEARD, Stage.HEARD.name(), meeting, by, at);
    }

    /** Neither party's head came: the public hearing cannot take place, and the item waits for another meeting. */
    public void adjourn(String meeting, String by, Instant at) {
        requireScheduledAt(meeting, "adjourned");
        transitions.add(new Transition("ADJOURNED", meeting, by, at));
        stage = Stage.FILED;
        meetingId = null;
    }

    /** @param outcome what the decision was, recorded as the step's name */
    public void decide(String meeting, String outcome, String by, Instant at) {
        require(stage == Stage.HEARD, "decided", "only a heard item is decided");
        if (!meeting.equals(meetingId)) {
            throw new IllegalTransition("meetingId", "notHeardAtMeeting", "It was heard at meeting {0}, so it is decided there, not at {1}",
                    meetingId, meeting);
        }
        move(Stage.DECIDED, outcome, meeting, by, at);
    }

    public void withdraw(String by, Instant at) {
        require(stage == Stage.FILED || stage == Stage.SCHEDULED, "withdrawn", "only before the hearing");
        move(Stage.WITHDRAWN, Stage.WITHDRAWN.name(), meetingId, by, at);
    }

    public Stage stage() {
        return stage;
    }

    /** The meeting it is scheduled for, was heard or decided at; null while it waits for one, or when withdrawn unscheduled. */
    public String meetingId() {
        return meetingId;
    }

    public List<Transition> transitions() {
        return List.copyOf(transitions);
    }

    private boolean adjournedAt(String meeting) {
        return transitions.stream().anyMatch(t -> "ADJOURNED".equals(t.to()) && meeting.equals(t.meetingId()));
    }

    private void requireScheduledAt(String meeting, String action) {
        require(stage == Stage.SCHEDULED, action, "only a scheduled item is");
        if (!meeting.equals(meetingId)) {
            throw new IllegalTransition("meetingId", "notOnAgenda", "It is not on the agenda of meeting {0}", meeting);
        }
    }

    private void require(boolean allowed, String action, String why) {
        if (!allowed) {
            throw new IllegalTransition("status", "illegalTransition", "A {0} item cannot be {1}: {2}", stage.name(), action, why);
        }
    }

    private void move(Stage next, String name, String meeting, String by, Instant at) {
        transitions.add(new Transition(name, meeting, by, at));
        stage = next;
        meetingId = meeting;
    }

    /** A step the item's stage does not allow; the API answers it with 409. */
    public static class IllegalTransition extends RuleViolation {
        public IllegalTransition(String field, String code, String pattern, Object... arguments) {
            super(field, code, pattern, arguments);
        }
    }
}
