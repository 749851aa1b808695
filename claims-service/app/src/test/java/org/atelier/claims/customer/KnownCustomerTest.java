package org.atelier.claims.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class KnownCustomerTest {

    private static final Instant T0 = Instant.parse("2026-01-10T09:00:00Z");

    private record Delivery(CustomerChange change, Stamp stamp) {
    }

    private static final List<Delivery> HISTORY = List.of(
            new Delivery(new CustomerChange.Registered("c1", "Northwind", "REGULAR"), new Stamp(T0, "e1")),
            new Delivery(new CustomerChange.ProfileChanged("c1", "Northwind Trading"), new Stamp(T0.plusSeconds(60), "e2")),
            new Delivery(new CustomerChange.SignificanceChanged("c1", "KEY"), new Stamp(T0.plusSeconds(120), "e3")),
            new Delivery(new CustomerChange.Lost("c1", "Northwind Trading", "KEY"), new Stamp(T0.plusSeconds(180), "e4")),
            new Delivery(new CustomerChange.Regained("c1", "Northwind Trading", "KEY"), new Stamp(T0.plusSeconds(240), "e5")),
            new Delivery(new CustomerChange.ProfileChanged("c1", "Northwind Trading Ltd"), new Stamp(T0.plusSeconds(300), "e6")));

    private static KnownCustomer replay(List<Delivery> deliveries) {
        KnownCustomer customer = KnownCustomer.unknown("c1");
        for (Delivery d : deliveries) {
            customer = customer.apply(d.change(), d.stamp());
        }
        return customer;
    }

    @Test
    void theHistoryInOrderEndsWithTheLatestOfEachValue() {
        KnownCustomer customer = replay(HISTORY);

        assertThat(customer.name()).isEqualTo("Northwind Trading Ltd");
        assertThat(customer.significance()).isEqualTo("KEY");
        assertThat(customer.status()).isEqualTo(KnownCustomer.Status.ACTIVE);
    }

    @Test
    void redeliveriesAndAnyOrderEndTheSameAsTheHistoryInOrder() {
        KnownCustomer inOrder = replay(HISTORY);
        Random random = new Random(42);
        for (int round = 0; round < 200; round++) {
            List<Delivery> shuffled = new ArrayList<>(HISTORY);
            shuffled.addAll(HISTORY.subList(0, random.nextInt(HISTORY.size())));
            Collections.shuffle(shuffled, random);

            assertThat(replay(shuffled)).as("order %s", shuffled.stream().map(d -> d.stamp().eventId()).toList()).isEqualTo(inOrder);
        }
    }

    @Test
    void anEventOlderThanTheValueHeldChangesNothing() {
        KnownCustomer renamed = KnownCustomer.unknown("c1")
                .apply(new CustomerChange.ProfileChanged("c1", "New name"), new Stamp(T0.plusSeconds(60), "e2"));

        KnownCustomer afterOldRegistration = renamed.apply(new CustomerChange.Registered("c1", "Old name", "REGULAR"), new Stamp(T0, "e1"));

        assertThat(afterOldRegistration.name()).isEqualTo("New name");
        assertThat(afterOldRegistration.significance()).as("a value the later event did not state is taken").isEqualTo("REGULAR");
        assertThat(afterOldRegistration.apply(new CustomerChange.Registered("c1", "Old name", "REGULAR"), new Stamp(T0, "e1")))
                .as("the same event again").isEqualTo(afterOldRegistration);
    }

    @Test
    void aLossIsRecordedAndACustomerKnownOnlyByItsLossIsNamed() {
        KnownCustomer lost = KnownCustomer.unknown("c9").apply(new CustomerChange.Lost("c9", "Rival Textiles", "KEY"), new Stamp(T0, "e9"));

        assertThat(lost.isNamed()).isTrue();
        assertThat(lost.status()).isEqualTo(KnownCustomer.Status.LOST);
        assertThat(KnownCustomer.unknown("c0").isNamed()).isFalse();
    }
}
