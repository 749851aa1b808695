package org.atelier.survey.matrix;

import java.util.List;
import java.util.Objects;

/**
 * The tasks and departments a campaign asks about, copied when it opened: the matrix's rows and columns for its whole
 * life, whatever the catalogue or the directory say later.
 */
public record CampaignCatalogue(List<CatalogueTask> tasks, List<MatrixDepartment> departments) {

    public CampaignCatalogue {
        tasks = List.copyOf(tasks);
        departments = List.copyOf(departments);
    }

    public boolean hasTask(String code) {
        return tasks.stream().anyMatch(task -> task.code().equals(code));
    }

    public boolean hasDepartment(String code) {
        return departments.stream().anyMatch(department -> department.code().equals(code));
    }

    /** A column of the matrix: a department as it was named at the opening. */
    public record MatrixDepartment(String code, String nameEn, String nameRu) {

        public MatrixDepartment {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(nameEn, "nameEn");
            Objects.requireNonNull(nameRu, "nameRu");
        }
    }
}
