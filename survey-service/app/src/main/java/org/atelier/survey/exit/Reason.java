package org.atelier.survey.exit;

import java.util.List;
import java.util.Objects;

/** One reason the former customer gave, with the departments at fault when it is the staff's attitude. */
public record Reason(ReasonCode code, boolean primary, List<String> departmentsAtFault) {

    public Reason {
        Objects.requireNonNull(code, "code");
        departmentsAtFault = departmentsAtFault == null ? List.of() : departmentsAtFault.stream().distinct().sorted().toList();
    }
}
