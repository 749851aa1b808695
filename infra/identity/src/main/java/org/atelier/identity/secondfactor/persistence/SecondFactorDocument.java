package org.atelier.identity.secondfactor.persistence;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A person's second factor as stored, in a collection of its own beside {@code users}: the username is the id.
 * The secret is base32, as the person's app holds it; recovery codes only as their SHA-256.
 */
@Document(SecondFactorDocument.COLLECTION)
record SecondFactorDocument(@Id String username, String secret, Instant enrolledAt, long lastUsedStep,
                            List<String> recoveryCodeHashes, long version) {

    static final String COLLECTION = "second_factors";
}
