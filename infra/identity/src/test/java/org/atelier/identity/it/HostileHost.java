package org.atelier.identity.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A request with a {@code Host} header of the caller's choosing, which Java's HTTP client will not send: what a
 * cache-poisoning or link-poisoning attempt looks like to the provider.
 */
final class HostileHost {

    private static final Pattern LOCATION = Pattern.compile("(?im)^Location:\\s*(\\S+)\\s*$");

    private HostileHost() {
    }

    /** The {@code Location} of the answer to a GET of {@code path} sent with {@code Host: host}, if it redirects. */
    static Optional<String> locationOfGet(int port, String path, String host) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout((int) Duration.ofSeconds(30).toMillis());
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nAccept: text/html\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String head = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1).split("\r\n\r\n", 2)[0];
            Matcher location = LOCATION.matcher(head);
            return location.find() ? Optional.of(location.group(1)) : Optional.empty();
        } catch (IOException e) {
            throw new IllegalStateException("HTTP call failed: " + e, e);
        }
    }
}
