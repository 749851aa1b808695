package org.atelier.claims.regulation;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The regulations catalogue: every version of every regulation. */
public interface Regulations {

    /** Every version of one regulation, oldest first. */
    List<Regulation> versionsOf(String id);

    /** Every version of every regulation, by code and version. */
    List<Regulation> all();

    /** @return false when that version was stored meanwhile */
    boolean add(Regulation version);

    /** The version in force on a day: the latest published that covers it. */
    default Optional<Regulation> inForceOn(String id, LocalDate day) {
        return versionsOf(id).stream().filter(version -> version.inForceOn(day)).max(Comparator.comparingInt(Regulation::version));
    }
}
