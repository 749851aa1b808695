package org.atelier.survey.exit;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * A case's id, derived from the id of the {@code CustomerLost} event that opened it: the same event, however often
 * delivered, names the same case, and the store's unique id refuses a second one.
 */
public final class CaseId {

    private CaseId() {
    }

    public static String forLoss(String lossEventId) {
        return UUID.nameUUIDFromBytes(("exit-interview:" + lossEventId).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
