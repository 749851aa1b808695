package org.atelier.survey.matrix;

import java.util.Objects;
import java.util.Set;
import org.atelier.survey.exit.ReasonCode;

/**
 * One row of the matrix: a commercial task and the loss reasons it touches, which is how the reports go from "why
 * customers leave" to "who was responsible for that".
 *
 * @param code    the stable code, e.g. {@code contract-fulfilment}
 * @param reasons the loss reasons a failure of this task shows up as
 */
public record CatalogueTask(String code, String nameEn, String nameRu, String description, Set<ReasonCode> reasons) {

    public CatalogueTask {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(nameEn, "nameEn");
        Objects.requireNonNull(nameRu, "nameRu");
        description = description == null ? "" : description;
        reasons = Set.copyOf(reasons);
    }
}
