package org.atelier.reporting.matrix;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A matrix campaign as its {@code SurveyCampaignOpened} froze it, and its {@code SurveyCampaignClosed} once that came.
 *
 * @param tasks       the matrix's rows, in the form's order, each with the loss reasons it touches
 * @param departments the matrix's columns, in the form's order
 */
public record Campaign(String campaignId, String title, LocalDate endsOn, Instant openedAt, List<Task> tasks,
                       List<Department> departments, int invited, Optional<Closing> closing) {

    public record Task(String code, String nameEn, String nameRu, List<String> reasons) {
        public Task {
            reasons = List.copyOf(reasons);
        }
    }

    public record Department(String code, String nameEn, String nameRu) {
    }

    /** @param closedBy {@code HAND} or {@code END_DATE} */
    public record Closing(Instant closedAt, String closedBy) {
    }

    public enum State { OPEN, CLOSED }

    public Campaign {
        Objects.requireNonNull(campaignId, "campaignId");
        Objects.requireNonNull(openedAt, "openedAt");
        tasks = List.copyOf(tasks);
        departments = List.copyOf(departments);
        closing = closing == null ? Optional.empty() : closing;
    }

    public State state() {
        return closing.isPresent() ? State.CLOSED : State.OPEN;
    }

    public Campaign closedWith(Closing closing) {
        return new Campaign(campaignId, title, endsOn, openedAt, tasks, departments, invited, Optional.of(closing));
    }
}
