package org.atelier.claims.customer;

import java.util.Objects;

/**
 * What claims knows of one of loyalty's customers: enough to name it on a claim. Each value carries the stamp of the
 * event that set it and is only replaced by a later one ("latest wins"): an event applied twice, or after a later
 * one, changes nothing.
 *
 * @param significance {@code KEY} or {@code REGULAR}; null until an event states it
 * @param status       whether it is still a customer or was lost; null until an event states it
 * @param version      the stored version this state was read at, for the store's optimistic check
 */
public record KnownCustomer(String customerId, String name, Stamp nameAsOf, String significance, Stamp significanceAsOf,
                            Status status, Stamp statusAsOf, long version) {

    public enum Status { ACTIVE, LOST }

    public KnownCustomer {
        Objects.requireNonNull(customerId, "customerId");
    }

    /** A customer the replica has not heard of yet. */
    public static KnownCustomer unknown(String customerId) {
        return new KnownCustomer(customerId, null, null, null, null, null, null, 0);
    }

    /** The state after {@code change}, stamped {@code stamp}; each value it states replaces only an older one. */
    public KnownCustomer apply(CustomerChange change, Stamp stamp) {
        if (change instanceof CustomerChange.Registered registered) {
            return withName(registered.name(), stamp).withSignificance(registered.significance(), stamp).withStatus(Status.ACTIVE, stamp);
        } else if (change instanceof CustomerChange.ProfileChanged changed) {
            return withName(changed.name(), stamp);
        } else if (change instanceof CustomerChange.SignificanceChanged changed) {
            return withSignificance(changed.significance(), stamp);
        } else if (change instanceof CustomerChange.Lost lost) {
            return withName(lost.name(), stamp).withSignificance(lost.significance(), stamp).withStatus(Status.LOST, stamp);
        } else if (change instanceof CustomerChange.Regained regained) {
            return withName(regained.name(), stamp).withSignificance(regained.significance(), stamp).withStatus(Status.ACTIVE, stamp);
        }
        throw new IllegalArgumentException("Unknown change " + change);
    }

    /** Whether the replica can name it: an event that names it has arrived. */
    public boolean isNamed() {
        return name != null;
    }

    private KnownCustomer withName(String value, Stamp stamp) {
        return value == null || !stamp.isAfter(nameAsOf) ? this
                : new KnownCustomer(customerId, value, stamp, significance, significanceAsOf, status, statusAsOf, version);
    }

    private KnownCustomer withSignificance(String value, Stamp stamp) {
        return value == null || !stamp.isAfter(significanceAsOf) ? this
                : new KnownCustomer(customerId, name, nameAsOf, value, stamp, status, statusAsOf, version);
    }

    private KnownCustomer withStatus(Status value, Stamp stamp) {
        return !stamp.isAfter(statusAsOf) ? this
                : new KnownCustomer(customerId, name, nameAsOf, significance, significanceAsOf, value, stamp, version);
    }
}
