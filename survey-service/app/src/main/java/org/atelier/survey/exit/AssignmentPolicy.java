package org.atelier.survey.exit;

import java.util.Comparator;
import java.util.Optional;
import org.atelier.directory.Directory;
import org.atelier.directory.DirectoryPerson;

/**
 * A lost customer's case goes to its account manager; when the manager has left the company (deactivated in the
 * directory), to a head of the department that managed the customer. A manager the directory does not know yet keeps
 * the case: the replica may simply not have read them, and a wrong head would be worse than a late correction.
 */
public class AssignmentPolicy {

    private final Directory directory;

    public AssignmentPolicy(Directory directory) {
        this.directory = directory;
    }

    public Assignment assign(LostCustomer loss) {
        String manager = loss.accountManager();
        if (manager != null) {
            Optional<DirectoryPerson> person = directory.person(manager);
            if (person.isEmpty()) {
                return new Assignment(manager, loss.department());
            }
            if (person.get().active()) {
                return new Assignment(manager, person.get().department());
            }
        }
        if (loss.department() == null) {
            return Assignment.NOBODY;
        }
        return directory.headsOf(loss.department()).stream().min(Comparator.comparing(DirectoryPerson::username))
                .map(head -> new Assignment(head.username(), loss.department()))
                .orElse(new Assignment(null, loss.department()));
    }
}
