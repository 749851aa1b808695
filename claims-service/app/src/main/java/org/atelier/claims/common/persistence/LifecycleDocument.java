package org.atelier.claims.common.persistence;

import java.time.Instant;
import java.util.List;
import org.atelier.claims.common.AgendaPlace;
import org.atelier.claims.common.Lifecycle;
import org.atelier.claims.common.Transition;

/** A claim's or commendation's stage as stored, with every step it took. */
public record LifecycleDocument(String stage, String meetingId, List<TransitionDocument> transitions) {

    public record TransitionDocument(String to, String meetingId, String by, Instant at) {
    }

    public static LifecycleDocument of(Lifecycle lifecycle) {
        return new LifecycleDocument(lifecycle.stage().name(), lifecycle.meetingId(), lifecycle.transitions().stream()
                .map(t -> new TransitionDocument(t.to(), t.meetingId(), t.by(), t.at())).toList());
    }

    /** @param place the open agenda holding the item, if any (see {@link Lifecycle#restore(Lifecycle.Stage, String, List, AgendaPlace)}) */
    public Lifecycle toLifecycle(AgendaPlace place) {
        return Lifecycle.restore(Lifecycle.Stage.valueOf(stage), meetingId,
                transitions.stream().map(t -> new Transition(t.to(), t.meetingId(), t.by(), t.at())).toList(), place);
    }
}
