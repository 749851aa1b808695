package org.atelier.identity.key;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** The token-signing key pair as stored: X.509 and PKCS#8 encodings, Base64. */
@Document(SigningKeyDocument.COLLECTION)
record SigningKeyDocument(@Id String id, String keyId, String publicKey, String privateKey, Instant createdAt) {

    static final String COLLECTION = "signing_keys";
}
