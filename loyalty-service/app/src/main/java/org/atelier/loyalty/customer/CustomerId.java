package org.atelier.loyalty.customer;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Identity of a customer; random, so ids reveal nothing and cannot be guessed in sequence. */
public record CustomerId(UUID value) {

    public CustomerId {
        Objects.requireNonNull(value, "value");
    }

    public static CustomerId newId() {
        return new CustomerId(UUID.randomUUID());
    }

    /** Empty when the text is not an id at all: to the caller that is simply an unknown customer. */
    public static Optional<CustomerId> parse(String text) {
        try {
            return Optional.of(new CustomerId(UUID.fromString(text)));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
