package org.atelier.idempotency;

/** The first response to a key, as it is given again: status, content type, {@code Location} and body. */
record StoredResponse(int status, String contentType, String location, byte[] body) {

    StoredResponse {
        body = body == null ? new byte[0] : body;
    }
}
