package org.atelier.identity.authorization;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One authorization as stored: the fields it is looked up by (every token as its SHA-256, never the token
 * itself), the hashes of the refresh tokens it rotated out, and the whole authorization serialized.
 *
 * @param sid             the provider session it was granted in (the ID token's {@code sid}), for sign-out
 * @param retiredRefreshTokens refresh tokens replaced by a rotation: one presented again revokes the family
 * @param expiresAt       when its last token expires; a TTL index removes it then
 */
@Document(AuthorizationDocument.COLLECTION)
record AuthorizationDocument(@Id String id, String registeredClientId, String principalName, String sid,
                             String state, String authorizationCode, String accessToken, String refreshToken,
                             String idToken, List<String> retiredRefreshTokens, Instant expiresAt, byte[] authorization) {

    static final String COLLECTION = "authorizations";
}
