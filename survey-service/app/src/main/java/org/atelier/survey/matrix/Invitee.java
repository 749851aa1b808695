package org.atelier.survey.matrix;

import java.util.Objects;
import org.atelier.directory.ManagementLevel;

/**
 * Where an invited respondent sat when the campaign opened; their answers are counted there even if they move later.
 * It carries no name: the campaign knows an invitee only by their respondent key.
 */
public record Invitee(ManagementLevel level, String department) {

    public Invitee {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(department, "department");
    }
}
