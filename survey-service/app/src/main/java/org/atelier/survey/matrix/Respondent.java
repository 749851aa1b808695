package org.atelier.survey.matrix;

import java.util.Objects;
import org.atelier.directory.ManagementLevel;

/** A person to invite, as the directory shows them at the opening; only their key is kept once the campaign is open. */
public record Respondent(String username, ManagementLevel level, String department) {

    public Respondent {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(department, "department");
    }
}
