package org.atelier.testsupport;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * Stands in for the identity provider in service tests: publishes a real RSA signing key at
 * {@code /oauth2/jwks} over HTTP and signs access tokens with it, so services validate tokens exactly as in
 * production. Also makes the broken tokens a hostile client would send.
 */
public final class TestIdentityProvider {

    /** The system property the services' configuration reads the issuer from. */
    public static final String ISSUER_PROPERTY = "ATELIER_IDENTITY_ISSUER";
    public static final String AUDIENCE = "atelier-api";

    private static RSAKey signingKey;
    private static RSAKey strangerKey;
    private static String issuer;

    private TestIdentityProvider() {
    }

    static synchronized void start() {
        if (issuer != null) {
            return;
        }
        try {
            signingKey = new RSAKeyGenerator(2048).keyID("test-key").generate();
            strangerKey = new RSAKeyGenerator(2048).keyID("test-key").generate();
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            byte[] jwks = new JWKSet(signingKey.toPublicJWK()).toString().getBytes(UTF_8);
            server.createContext("/oauth2/jwks", exchange -> {
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, jwks.length);
                try (OutputStream body = exchange.getResponseBody()) {
                    body.write(jwks);
                }
            });
            server.start();
            issuer = "http://127.0.0.1:" + server.getAddress().getPort();
            System.setProperty(ISSUER_PROPERTY, issuer);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(0), "test-identity-provider-stop"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String issuer() {
        start();
        return issuer;
    }

    /**
     * Every kind of token an API must refuse with 401, each otherwise fit for the given user: none at all,
     * expired, not yet valid, from another issuer, for another audience, unsigned ({@code alg: none}),
     * signed by an unknown key, tampered with after signing, and of another token type (a logout token).
     */
    public static java.util.Map<String, String> tokensToRefuse(String department, String... roles) {
        java.util.Map<String, String> tokens = new java.util.LinkedHashMap<>();
        tokens.put("no token", null);
        tokens.put("expired", user(department, roles).expired().signed());
        tokens.put("not yet valid", user(department, roles).notYetValid().signed());
        tokens.put("wrong issuer", user(department, roles).issuer("https://impostor.example").signed());
        tokens.put("wrong audience", user(department, roles).audience("another-api").signed());
        tokens.put("alg none", user(department, roles).unsigned());
        tokens.put("unknown signing key", user(department, roles).signedByStranger());
        tokens.put("tampered signature", user(department, roles).tampered());
        tokens.put("not an access token (logout token type)", user(department, roles).type("logout+jwt").signed());
        tokens.put("not a JWT", "not-a-jwt");
        return tokens;
    }

    /** A person of a department with roles, e.g. {@code user("sales", "EMPLOYEE")}, signed in at the loyalty UI. */
    public static Token user(String department, String... roles) {
        return new Token().department(department).roles(roles).scopeText("openid profile");
    }

    /**
     * Another system, calling with the machine client's token as the identity provider issues it when asked for
     * {@code scope=atelier.read atelier.write}; {@link Token#scopes(String...)} narrows it.
     */
    public static Token machine() {
        return new Token().subject("atelier-machine").clientId("atelier-machine").roles("SYSTEM").scopeText("atelier.read atelier.write");
    }

    /**
     * An access token being put together; {@link #signed()} gives the compact JWT. Shaped as the provider issues
     * them (RFC 9068: {@code typ: at+jwt}, {@code client_id}, {@code scope} as one string); {@link #scopes} and
     * {@code type("JWT")} give the form issued before.
     */
    public static final class Token {

        private String subject = "user-" + UUID.randomUUID().toString().substring(0, 8);
        private String department;
        private String level = "OTHER_STAFF";
        private List<String> roles = List.of();
        private String tokenIssuer;
        private String audience = AUDIENCE;
        private Instant issuedAt = Instant.now();
        private Duration lifetime = Duration.ofMinutes(10);
        private Instant notBefore;
        private Object scope;
        private String type = "at+jwt";
        private String clientId = "loyalty-ui";

        public Token subject(String value) {
            subject = value;
            return this;
        }

        public Token department(String value) {
            department = value;
            return this;
        }

        public Token level(String value) {
            level = value;
            return this;
        }

        public Token roles(String... values) {
            roles = List.of(values);
            return this;
        }

        /** The {@code scope} claim as a JSON array, the way Spring Authorization Server writes it; none for no scope. */
        public Token scopes(String... values) {
            scope = values.length == 0 ? null : List.of(values);
            return this;
        }

        /** The {@code scope} claim as one space-separated string, the way other issuers write it (RFC 9068). */
        public Token scopeText(String value) {
            scope = value;
            return this;
        }

        /** The JOSE header's {@code typ}: {@code at+jwt} unless changed, {@code JWT} as before RFC 9068, null for none. */
        public Token type(String value) {
            type = value;
            return this;
        }

        public Token clientId(String value) {
            clientId = value;
            return this;
        }

        public Token issuer(String value) {
            tokenIssuer = value;
            return this;
        }

        public Token audience(String value) {
            audience = value;
            return this;
        }

        /** Issued and expired in the past, beyond any clock skew. */
        public Token expired() {
            issuedAt = Instant.now().minus(Duration.ofHours(2));
            lifetime = Duration.ofMinutes(10);
            return this;
        }

        /** Not valid before an hour from now. */
        public Token notYetValid() {
            notBefore = Instant.now().plus(Duration.ofHours(1));
            return this;
        }

        public String signed() {
            return sign(signingKey);
        }

        /** Signed with a key the provider never published. */
        public String signedByStranger() {
            return sign(strangerKey);
        }

        /** {@code alg: none}: no signature at all. */
        public String unsigned() {
            return new PlainJWT(claims()).serialize();
        }

        /** Validly signed, then the payload changed (department and roles raised), the signature kept. */
        public String tampered() {
            String[] parts = signed().split("\\.");
            String forged = new Token().subject(subject).department("top-management").roles("ADMIN", "MANAGEMENT").claims().toString();
            parts[1] = Base64.getUrlEncoder().withoutPadding().encodeToString(forged.getBytes(UTF_8));
            return String.join(".", parts);
        }

        private String sign(RSAKey key) {
            start();
            try {
                JWSHeader.Builder header = new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID());
                if (type != null) {
                    header.type(new JOSEObjectType(type));
                }
                SignedJWT jwt = new SignedJWT(header.build(), claims());
                jwt.sign(new RSASSASigner(key));
                return jwt.serialize();
            } catch (JOSEException e) {
                throw new IllegalStateException(e);
            }
        }

        private JWTClaimsSet claims() {
            start();
            JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                    .subject(subject)
                    .issuer(tokenIssuer != null ? tokenIssuer : issuer)
                    .audience(audience)
                    .issueTime(Date.from(issuedAt))
                    .expirationTime(Date.from(issuedAt.plus(lifetime)))
                    .jwtID(UUID.randomUUID().toString())
                    .claim("client_id", clientId)
                    .claim("name", subject)
                    .claim("roles", new ArrayList<>(roles));
            if (department != null) {
                claims.claim("department", department).claim("level", level);
            }
            if (scope != null) {
                claims.claim("scope", scope);
            }
            if (notBefore != null) {
                claims.notBeforeTime(Date.from(notBefore));
            }
            return claims.build();
        }
    }
}
