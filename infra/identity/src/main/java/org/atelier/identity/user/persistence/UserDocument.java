package org.atelier.identity.user.persistence;

import java.time.Instant;
import java.util.List;
import org.atelier.outbox.OutboxMessage;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A user as stored; the lower-case username is the id, which makes it unique without an extra index. The outbox
 * holds the directory events its last writes still have to publish.
 */
@Document(UserDocument.COLLECTION)
record UserDocument(@Id String username, String displayName, String email, String department, String level,
                    List<String> roles, boolean active, String passwordHash, Instant passwordChangedAt,
                    boolean temporaryPassword, long version, List<OutboxMessage> outbox) {

    static final String COLLECTION = "users";
}
