package org.atelier.survey.exit;

import java.util.List;
import java.util.Optional;

/** The cases, stored with their new events in one write. */
public interface ExitInterviews {

    Optional<ExitInterview> find(String caseId);

    /**
     * Stores the case and its new events together.
     *
     * @return {@code false}, with nothing written, when a new case's id exists already (its loss opened it before)
     * @throws ConcurrentChange when an existing case was changed since it was read
     */
    boolean save(ExitInterview exitInterview);

    /** The customer's open case, if any (a customer is lost at most once at a time, so there is at most one). */
    Optional<ExitInterview> openOf(String customerId);

    /** Cases assigned to this person or, when {@code department} is given, to that department. Open ones first, then by due date. */
    List<ExitInterview> worklist(String assignee, String department);

    /** Every case of a loss dated in this year. */
    List<ExitInterview> lostIn(int year);
}
