package org.atelier.survey.exit.link;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The issued links. */
public interface SelfServiceLinks {

    void add(SelfServiceLink link);

    Optional<SelfServiceLink> byTokenHash(String tokenHash);

    List<SelfServiceLink> ofCase(String caseId);

    /**
     * Marks an active, unexpired link used, atomically, so two submissions at once cannot both pass.
     *
     * @return whether this call claimed it
     */
    boolean claim(String tokenHash, Instant now);

    /** Undoes a claim whose answers could not be stored, so the customer may try again. */
    void release(String tokenHash);

    /** @return whether an active link of the case was revoked */
    boolean revoke(String caseId, String linkId, Instant now);
}
