package org.atelier.idempotency;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What makes two requests "the same" for an idempotency key: a SHA-256 of the method, the target (path and
 * query) and the body, each part length-prefixed so that no two different requests can run together into the
 * same bytes. The same key sent with another fingerprint is a client's mistake, refused rather than replayed.
 */
record Fingerprint(String value) {

    static Fingerprint of(String method, String target, byte[] body) {
        MessageDigest digest = sha256();
        part(digest, method.getBytes(UTF_8));
        part(digest, target.getBytes(UTF_8));
        part(digest, body);
        return new Fingerprint(HexFormat.of().formatHex(digest.digest()));
    }

    /** A form's fields in name order (a browser keeps its own order, which must not matter), values in sent order. */
    static Fingerprint ofForm(String method, String target, Map<String, List<String>> fields) {
        StringBuilder body = new StringBuilder();
        new TreeMap<>(fields).forEach((name, values) -> values.forEach(value ->
                body.append(name.length()).append(':').append(name).append(value.length()).append(':').append(value)));
        return of(method, target, body.toString().getBytes(UTF_8));
    }

    private static void part(MessageDigest digest, byte[] bytes) {
        digest.update(Integer.toString(bytes.length).getBytes(UTF_8));
        digest.update((byte) ':');
        digest.update(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
