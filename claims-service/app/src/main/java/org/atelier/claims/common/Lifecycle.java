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

    public void schedule(String meeting, String by, Instant at) {
        require(stage == Stage.FILED, "scheduled", "only a filed item goes on an agenda");
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
