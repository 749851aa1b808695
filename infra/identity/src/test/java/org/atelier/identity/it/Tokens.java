package org.atelier.identity.it;

import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;

/** Reads a token the provider issued, after checking its signature against the provider's published JWKS. */
final class Tokens {

    private Tokens() {
    }

    static SignedJWT verified(String token, String jwksJson) {
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            RSAKey key = JWKSet.parse(jwksJson).getKeyByKeyId(jwt.getHeader().getKeyID()).toRSAKey();
            JWSVerifier verifier = new RSASSAVerifier(key);
            if (!jwt.verify(verifier)) {
                throw new AssertionError("The signature does not verify against the JWKS");
            }
            return jwt;
        } catch (ParseException | com.nimbusds.jose.JOSEException e) {
            throw new AssertionError("Not a valid signed JWT: " + e, e);
        }
    }

    static JWTClaimsSet claims(SignedJWT jwt) {
        try {
            return jwt.getJWTClaimsSet();
        } catch (ParseException e) {
            throw new AssertionError(e);
        }
    }
}
