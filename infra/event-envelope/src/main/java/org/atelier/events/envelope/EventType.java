package org.atelier.events.envelope;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The versioned type of an event, written {@code org.atelier.<service>.<EventName>.v<N>}.
 *
 * <p>A breaking change to a payload gets a new version published side by side with the old one, so the
 * version is part of the type and consumers select on the whole string.
 */
public record EventType(String service, String name, int version) {

    private static final Pattern FORMAT = Pattern.compile("org\\.atelier\\.([a-z][a-z0-9-]*)\\.([A-Z][A-Za-z0-9]*)\\.v([1-9][0-9]*)");

    public EventType {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(name, "name");
        if (version < 1) {
            throw new IllegalArgumentException("An event version starts at 1, was " + version);
        }
        if (!FORMAT.matcher("org.atelier." + service + "." + name + ".v" + version).matches()) {
            throw new IllegalArgumentException("Not a valid event type: service '" + service + "', name '" + name + "'");
        }
    }

    public static EventType parse(String text) {
        Matcher matcher = FORMAT.matcher(Objects.requireNonNull(text, "event type"));
        if (!matcher.matches()) {
            throw new IllegalArgumentException("Not an Atelier event type: '" + text + "'");
        }
        return new EventType(matcher.group(1), matcher.group(2), Integer.parseInt(matcher.group(3)));
    }

    /** The {@code ce_source} of every event this service publishes. */
    public String source() {
        return "/atelier/" + service;
    }

    /** The schema file name inside the producer's events module, e.g. {@code CustomerLost.v1.json}. */
    public String schemaFileName() {
        return name + ".v" + version + ".json";
    }

    @Override
    public String toString() {
        return "org.atelier." + service + "." + name + ".v" + version;
    }
}
