package org.atelier.identity.key;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.util.Base64;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The RSA key pair that signs every token, kept in MongoDB so that tokens and the published JWKS survive a
 * restart: a key generated in memory would log every user out of every UI whenever the provider restarts.
 *
 * <p>The private key is stored unencrypted, so the database must be as well protected as the key itself.
 */
public class MongoSigningKey {

    private static final String CURRENT = "current";
    private static final int KEY_SIZE = 2048;

    private final MongoTemplate mongo;
    private final Clock clock;

    public MongoSigningKey(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** The stored key, or a new one stored now on first start. */
    public RSAKey loadOrCreate() {
        SigningKeyDocument stored = mongo.findById(CURRENT, SigningKeyDocument.class);
        if (stored == null) {
            try {
                stored = mongo.insert(generate());
            } catch (DuplicateKeyException raced) {
                // Another instance stored its key first; everyone must sign with the same one.
                stored = mongo.findById(CURRENT, SigningKeyDocument.class);
            }
        }
        return toJwk(stored);
    }

    private SigningKeyDocument generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(KEY_SIZE);
            KeyPair pair = generator.generateKeyPair();
            Base64.Encoder base64 = Base64.getEncoder();
            return new SigningKeyDocument(CURRENT, UUID.randomUUID().toString(),
                    base64.encodeToString(pair.getPublic().getEncoded()),
                    base64.encodeToString(pair.getPrivate().getEncoded()), clock.instant());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot generate an RSA key pair", e);
        }
    }

    private static RSAKey toJwk(SigningKeyDocument document) {
        try {
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            Base64.Decoder base64 = Base64.getDecoder();
            RSAPublicKey publicKey = (RSAPublicKey) rsa.generatePublic(new X509EncodedKeySpec(base64.decode(document.publicKey())));
            RSAPrivateKey privateKey = (RSAPrivateKey) rsa.generatePrivate(new PKCS8EncodedKeySpec(base64.decode(document.privateKey())));
            // alg and use are published with the key (RFC 7517), so clients need not guess what it is for.
            return new RSAKey.Builder(publicKey).privateKey(privateKey).keyID(document.keyId())
                    .keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256).build();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The stored signing key cannot be read", e);
        }
    }
}
