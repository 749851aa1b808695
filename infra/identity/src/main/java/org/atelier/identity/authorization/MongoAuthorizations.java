package org.atelier.identity.authorization;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.atelier.identity.logout.SessionTokens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.security.oauth2.core.OAuth2Token;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationCode;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;

/**
 * Spring Authorization Server's authorizations in MongoDB, so that codes, refresh tokens and the userinfo
 * endpoint's view of an access token survive a restart and are the same at every instance.
 *
 * <p>A rotated-out refresh token is remembered by its hash: presented again, it means the token was copied
 * (OAuth 2.0 Security BCP, refresh token rotation), and the whole authorization, with its newest refresh token,
 * is removed. Tokens are looked up by their SHA-256; the serialized authorization itself holds them, so the
 * database must be protected as the signing key already requires.
 *
 * <p>The authorization is stored with Java serialization, which Spring Security's token and request classes
 * support: that is the whole object back, with no mapping of every attribute type to keep in step. Reading is
 * limited to JDK and Spring Security classes. After an upgrade of Spring Security a stored authorization that
 * no longer reads counts as not found: its person signs in again.
 */
public class MongoAuthorizations implements OAuth2AuthorizationService, SessionTokens {

    private static final Logger log = LoggerFactory.getLogger(MongoAuthorizations.class);
    private static final String SID = "sid";
    /** An authorization without any token yet (an authorization request in progress) is kept this long. */
    private static final Duration PENDING_LIFETIME = Duration.ofMinutes(10);
    private static final ObjectInputFilter ONLY_JDK_AND_SPRING_SECURITY = ObjectInputFilter.Config.createFilter(
            "maxdepth=30;maxbytes=1000000;java.base/*;org.springframework.security.**;!*");

    private final MongoTemplate mongo;
    private final Clock clock;

    public MongoAuthorizations(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** The lookup indexes, and a TTL index so that expired authorizations go by themselves. */
    public MongoAuthorizations withIndexes() {
        IndexOperations indexes = mongo.indexOps(AuthorizationDocument.class);
        Stream.of("state", "authorizationCode", "accessToken", "refreshToken", "idToken", "retiredRefreshTokens",
                "principalName", SID).forEach(field -> indexes.createIndex(new Index(field, Sort.Direction.ASC)));
        indexes.createIndex(new Index("expiresAt", Sort.Direction.ASC).expire(Duration.ZERO));
        return this;
    }

    @Override
    public void save(OAuth2Authorization authorization) {
        AuthorizationDocument stored = mongo.findById(authorization.getId(), AuthorizationDocument.class);
        List<String> retired = new ArrayList<>(stored == null ? List.of() : stored.retiredRefreshTokens());
        String refreshToken = hashOf(authorization.getRefreshToken());
        if (stored != null && stored.refreshToken() != null && !stored.refreshToken().equals(refreshToken)) {
            retired.add(stored.refreshToken());
        }
        // A refreshed ID token carries the session's sid on; should one ever lack it, the first one's stays.
        String sid = sidOf(authorization);
        if (sid == null && stored != null) {
            sid = stored.sid();
        }
        mongo.save(new AuthorizationDocument(authorization.getId(), authorization.getRegisteredClientId(),
                authorization.getPrincipalName(), sid, hash(authorization.getAttribute(OAuth2ParameterNames.STATE)),
                hashOf(authorization.getToken(OAuth2AuthorizationCode.class)), hashOf(authorization.getAccessToken()),
                refreshToken, hashOf(authorization.getToken(OidcIdToken.class)), retired, expiresAt(authorization),
                serialize(authorization)));
    }

    @Override
    public void remove(OAuth2Authorization authorization) {
        mongo.remove(Query.query(Criteria.where("_id").is(authorization.getId())), AuthorizationDocument.class);
    }

    @Override
    public OAuth2Authorization findById(String id) {
        return toAuthorization(mongo.findById(id, AuthorizationDocument.class));
    }

    @Override
    public OAuth2Authorization findByToken(String token, OAuth2TokenType tokenType) {
        String hash = hash(token);
        List<String> fields = fieldsFor(tokenType);
        if (hash == null || fields.isEmpty()) {
            return null;
        }
        Query query = Query.query(new Criteria().orOperator(fields.stream().map(field -> Criteria.where(field).is(hash)).toList()));
        AuthorizationDocument found = mongo.findOne(query, AuthorizationDocument.class);
        if (found == null && fields.contains("refreshToken")) {
            revokeFamilyOfRetired(hash);
        }
        return toAuthorization(found);
    }

    @Override
    public void revokeSession(String sid) {
        long removed = mongo.remove(Query.query(Criteria.where(SID).is(sid)), AuthorizationDocument.class).getDeletedCount();
        log.debug("Sign-out revoked {} authorization(s) of a session", removed);
    }

    @Override
    public void revokeAllOf(String subject) {
        mongo.remove(Query.query(Criteria.where("principalName").is(subject)), AuthorizationDocument.class);
    }

    /** A refresh token already rotated out, presented again: whoever holds the newer one may be the thief. */
    private void revokeFamilyOfRetired(String hash) {
        AuthorizationDocument family = mongo.findAndRemove(Query.query(Criteria.where("retiredRefreshTokens").is(hash)),
                AuthorizationDocument.class);
        if (family != null) {
            log.warn("A rotated refresh token of {} at {} was used again: its authorization is revoked",
                    family.principalName(), family.registeredClientId());
        }
    }

    private static List<String> fieldsFor(OAuth2TokenType tokenType) {
        if (tokenType == null) {
            return List.of("state", "authorizationCode", "accessToken", "refreshToken", "idToken");
        }
        return switch (tokenType.getValue()) {
            case OAuth2ParameterNames.STATE -> List.of("state");
            case OAuth2ParameterNames.CODE -> List.of("authorizationCode");
            case OAuth2ParameterNames.ACCESS_TOKEN -> List.of("accessToken");
            case OAuth2ParameterNames.REFRESH_TOKEN -> List.of("refreshToken");
            case OidcParameterNames.ID_TOKEN -> List.of("idToken");
            default -> List.of();
        };
    }

    private Instant expiresAt(OAuth2Authorization authorization) {
        return Stream.of(authorization.getToken(OAuth2AuthorizationCode.class), authorization.getToken(OAuth2AccessToken.class),
                        authorization.getToken(OAuth2RefreshToken.class), authorization.getToken(OidcIdToken.class))
                .filter(Objects::nonNull)
                .map(token -> token.getToken().getExpiresAt())
                .filter(Objects::nonNull)
                .max(Instant::compareTo)
                .orElseGet(() -> clock.instant().plus(PENDING_LIFETIME));
    }

    private static String sidOf(OAuth2Authorization authorization) {
        OAuth2Authorization.Token<OidcIdToken> idToken = authorization.getToken(OidcIdToken.class);
        return idToken == null ? null : idToken.getToken().getClaimAsString(SID);
    }

    private static String hashOf(OAuth2Authorization.Token<? extends OAuth2Token> token) {
        return token == null ? null : hash(token.getToken().getTokenValue());
    }

    private static String hash(String value) {
        if (value == null) {
            return null;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private static byte[] serialize(OAuth2Authorization authorization) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(authorization);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot serialize the authorization of " + authorization.getPrincipalName(), e);
        }
        return bytes.toByteArray();
    }

    private static OAuth2Authorization toAuthorization(AuthorizationDocument document) {
        if (document == null) {
            return null;
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(document.authorization()))) {
            in.setObjectInputFilter(ONLY_JDK_AND_SPRING_SECURITY);
            return (OAuth2Authorization) in.readObject();
        } catch (IOException | ClassNotFoundException | ClassCastException e) {
            log.warn("A stored authorization of {} cannot be read and counts as revoked: {}", document.principalName(), e.toString());
            return null;
        }
    }
}
