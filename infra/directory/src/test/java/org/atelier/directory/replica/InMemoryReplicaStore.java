package org.atelier.directory.replica;

import java.util.HashMap;
import java.util.Map;
import org.atelier.directory.DirectoryDepartment;
import org.atelier.directory.DirectoryPerson;
import org.atelier.directory.InMemoryDirectory;

/** The replica's rule over an {@link InMemoryDirectory}: what the Mongo store does, without Mongo. */
final class InMemoryReplicaStore implements ReplicaStore {

    final InMemoryDirectory directory = new InMemoryDirectory();
    private final Map<String, SourcePosition> positions = new HashMap<>();

    @Override
    public Outcome put(DirectoryDepartment department, SourcePosition position) {
        if (!position.supersedes(positions.get("department:" + department.code()))) {
            return Outcome.STALE;
        }
        positions.put("department:" + department.code(), position);
        directory.put(department);
        return Outcome.APPLIED;
    }

    @Override
    public Outcome put(DirectoryPerson person, SourcePosition position) {
        if (!position.supersedes(positions.get("person:" + person.username()))) {
            return Outcome.STALE;
        }
        positions.put("person:" + person.username(), position);
        directory.put(person);
        return Outcome.APPLIED;
    }
}
