package org.atelier.survey.matrix.application;

import java.util.List;
import java.util.Set;
import org.atelier.security.CurrentUser;
import org.atelier.survey.common.RuleViolation;
import org.atelier.survey.exit.ReasonCode;
import org.atelier.survey.matrix.CatalogueTask;
import org.atelier.survey.matrix.CatalogueTasks;
import org.atelier.survey.matrix.CataloguePermissions;
import org.atelier.survey.matrix.TaskNotFound;

/** The admins' side of the task catalogue: the tasks the next campaign will ask about, added and edited. */
public class EditingCatalogue {

    private final CatalogueTasks tasks;

    public EditingCatalogue(CatalogueTasks tasks) {
        this.tasks = tasks;
    }

    public List<CatalogueTask> tasks(CurrentUser caller) {
        CataloguePermissions.checkMayEdit(caller);
        return tasks.all();
    }

    public CatalogueTask task(CurrentUser caller, String code) {
        CataloguePermissions.checkMayEdit(caller);
        return tasks.find(code).orElseThrow(() -> new TaskNotFound(code));
    }

    public CatalogueTask add(CurrentUser caller, String code, String nameEn, String nameRu, String description, Set<ReasonCode> reasons) {
        CataloguePermissions.checkMayEdit(caller);
        CatalogueTask task = CatalogueTask.written(code, nameEn, nameRu, description, reasons);
        if (tasks.find(task.code()).isPresent()) {
            throw new RuleViolation("code", "task.codeTaken", "A task with the code {0} exists already", task.code());
        }
        tasks.add(task);
        return task;
    }

    /** The code stays: it names the row in campaigns already opened and in their published results. */
    public CatalogueTask edit(CurrentUser caller, String code, String nameEn, String nameRu, String description, Set<ReasonCode> reasons) {
        CataloguePermissions.checkMayEdit(caller);
        tasks.find(code).orElseThrow(() -> new TaskNotFound(code));
        CatalogueTask task = CatalogueTask.written(code, nameEn, nameRu, description, reasons);
        tasks.replace(task);
        return task;
    }
}
