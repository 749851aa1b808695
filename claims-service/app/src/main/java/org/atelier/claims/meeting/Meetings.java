package org.atelier.claims.meeting;

import java.util.List;
import java.util.Optional;

/** Where meetings are kept, each with its new events in the same write. */
public interface Meetings {

    Optional<Meeting> find(String id);

    /** Latest date first. */
    List<Meeting> all();

    /** @throws ConcurrentMeetingChange when someone else changed it since it was loaded */
    void save(Meeting meeting);

    class ConcurrentMeetingChange extends RuntimeException {
        public ConcurrentMeetingChange(String id) {
            super("The meeting " + id + " was changed by someone else meanwhile; reload and try again");
        }
    }
}
