package org.atelier.claims.regulation.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.atelier.claims.common.Departments;
import org.atelier.claims.common.NotFound;
import org.atelier.claims.common.RuleViolation;
import org.atelier.claims.regulation.Regulation;
import org.atelier.claims.regulation.RegulationPermissions;
import org.atelier.claims.regulation.Regulations;
import org.atelier.security.CurrentUser;

/** The regulations catalogue: publishing a regulation's next version, and reading them. */
public class KeepingRegulations {

    public record PublishCommand(CurrentUser caller, String id, String name, String text, String owningDepartment,
                                 List<String> boundDepartments, LocalDate inForceFrom, LocalDate inForceTo) {
    }

    private final Regulations regulations;
    private final Departments departments;
    private final Clock clock;

    public KeepingRegulations(Regulations regulations, Departments departments, Clock clock) {
        this.regulations = regulations;
        this.departments = departments;
        this.clock = clock;
    }

    /** Publishes the regulation's next version (1 for a new one); earlier versions stay as they were. */
    public Regulation publish(PublishCommand command) {
        RegulationPermissions.checkMayPublish(command.caller());
        departments.requireInForce("owningDepartment", command.owningDepartment());
        List<String> bound = command.boundDepartments() == null ? List.of() : command.boundDepartments().stream().distinct().toList();
        bound.forEach(code -> departments.requireInForce("boundDepartments", code));
        int next = regulations.versionsOf(String.valueOf(command.id())).size() + 1;
        Regulation version = new Regulation(command.id(), next, command.name(), command.text(), command.owningDepartment(), bound,
                command.inForceFrom(), command.inForceTo(), command.caller().username(), clock.instant());
        if (!regulations.add(version)) {
            throw new RuleViolation("id", "versionTaken", "Version {0} of {1} was published meanwhile; reload and try again",
                    String.valueOf(next), command.id());
        }
        return version;
    }

    public List<Regulation> versionsOf(String id) {
        List<Regulation> versions = regulations.versionsOf(id);
        if (versions.isEmpty()) {
            throw new NotFound("regulation", id);
        }
        return versions;
    }

    public List<Regulation> all() {
        return regulations.all();
    }
}
