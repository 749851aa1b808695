package org.atelier.claims.common.web;

import java.time.Instant;
import java.util.List;
import org.atelier.claims.common.Lifecycle;

/** Every step an item took, as the API shows it. */
public record Transitions(String stage, String meetingId, List<Step> steps) {

    public record Step(String to, String meetingId, String by, Instant at) {
    }

    public static Transitions of(Lifecycle lifecycle) {
        return new Transitions(lifecycle.stage().name(), lifecycle.meetingId(),
                lifecycle.transitions().stream().map(t -> new Step(t.to(), t.meetingId(), t.by(), t.at())).toList());
    }
}
