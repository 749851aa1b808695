package org.atelier.directory.replica;

import org.atelier.directory.DirectoryDepartment;
import org.atelier.directory.DirectoryPerson;

/**
 * Where the replica keeps the latest state per key. Each write happens only if the incoming position
 * {@linkplain SourcePosition#supersedes supersedes} the stored one, atomically against other writers (several
 * instances of a service all read every partition into the same store).
 */
public interface ReplicaStore {

    /** What a write did. */
    enum Outcome {
        /** The entry now holds the incoming state. */
        APPLIED,
        /** The stored state came from the same or a newer event: nothing changed. */
        STALE
    }

    Outcome put(DirectoryDepartment department, SourcePosition position);

    Outcome put(DirectoryPerson person, SourcePosition position);
}
