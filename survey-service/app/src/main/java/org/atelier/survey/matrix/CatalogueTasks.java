package org.atelier.survey.matrix;

import java.util.List;
import java.util.Optional;

/** The task catalogue as it stands today, which the next campaign copies; it starts as {@link TaskCatalogue}'s default. */
public interface CatalogueTasks {

    /** Every task in the order the form shows them; the default set when nobody has stored any yet. */
    List<CatalogueTask> all();

    Optional<CatalogueTask> find(String code);

    /**
     * Adds a task after the others.
     *
     * @throws org.atelier.survey.common.RuleViolation when a task already has its code
     */
    void add(CatalogueTask task);

    /** Replaces the task with the same code, keeping its place. */
    void replace(CatalogueTask task);
}
