package org.atelier.loyalty.customer.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;
import org.atelier.loyalty.common.Money;
import org.atelier.loyalty.customer.Customer;
import org.atelier.loyalty.customer.CustomerId;
import org.atelier.loyalty.customer.CustomerProfile;
import org.atelier.loyalty.customer.Customers;
import org.atelier.loyalty.customer.LoyaltyRule;
import org.atelier.loyalty.customer.Purchase;
import org.atelier.loyalty.customer.Significance;
import org.atelier.loyalty.programme.ProgrammeTerms;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/** The days a customer's document holds are the days written, whatever the JVM's default zone when and where. */
@CustomerStoreIT
class CustomerDatesInAnyZoneIT {

    private static final LocalDate COOPERATION_SINCE = LocalDate.of(2016, 4, 1);
    private static final LocalDate BOUGHT_ON = LocalDate.of(2026, 3, 2);

    private final TimeZone jvmZone = TimeZone.getDefault();

    @Autowired
    Customers customers;

    @Autowired
    MongoTemplate mongo;

    @AfterEach
    void restoreTheJvmZone() {
        TimeZone.setDefault(jvmZone);
    }

    @Test
    void daysWrittenInOneDefaultZoneReadBackTheSameInAnother() {
        TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
        CustomerId id = saveCustomerWhoBought();

        TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));
        Customer read = customers.find(id).orElseThrow();

        assertThat(read.profile().cooperationSince()).isEqualTo(COOPERATION_SINCE);
        assertThat(read.purchases()).extracting(Purchase::date).containsExactly(BOUGHT_ON);
        assertThat(read.points().accruals()).singleElement().satisfies(accrual -> assertThat(accrual.earnedOn()).isEqualTo(BOUGHT_ON));
        Document stored = mongo.findById(id.toString(), Document.class, CustomerDocument.COLLECTION);
        assertThat(stored.getList("purchases", Document.class).get(0).get("date")).isEqualTo("2026-03-02");
    }

    @Test
    void daysStoredEarlierAsBsonDatesAreStillReadAsTheDayWritten() {
        CustomerId id = saveCustomerWhoBought();
        // How Spring Data's default conversion stored the day on a server running on Moscow time.
        Date moscowMidnight = Date.from(BOUGHT_ON.atStartOfDay(ZoneId.of("Europe/Moscow")).toInstant());
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id.toString())), new Update().set("purchases.0.date", moscowMidnight),
                CustomerDocument.COLLECTION);

        TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));

        assertThat(customers.find(id).orElseThrow().purchases()).extracting(Purchase::date).containsExactly(BOUGHT_ON);
    }

    private CustomerId saveCustomerWhoBought() {
        Instant now = Instant.parse("2026-03-02T09:00:00Z");
        Customer customer = Customer.register(CustomerId.newId(), "Dates Ltd " + System.nanoTime(), Significance.KEY,
                new CustomerProfile(null, null, null, null, null, COOPERATION_SINCE), BOUGHT_ON, now);
        customer.recordPurchase(new Purchase("p-1", Money.of(150_000_00L, "RUB"), BOUGHT_ON, "C-1"), LoyaltyRule.DEFAULT,
                ProgrammeTerms.DEFAULT, BOUGHT_ON, now);
        customers.save(customer);
        return customer.id();
    }
}
