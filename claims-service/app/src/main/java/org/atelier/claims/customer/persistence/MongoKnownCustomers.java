package org.atelier.claims.customer.persistence;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.atelier.claims.customer.CustomerChange;
import org.atelier.claims.customer.KnownCustomer;
import org.atelier.claims.customer.KnownCustomers;
import org.atelier.claims.customer.Stamp;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * One document per customer, with the stamp of the event behind each value. A change is computed from the stored
 * state and written back only if the document is still at the version it was read at: a customer's events share its
 * partition, so a conflict is rare (a rebalance handing the partition over) and the change is simply computed again.
 * The name is also kept lower-cased, whole and word by word, under indexes, so the name search is a prefix search on
 * an index and never a collection scan.
 */
public class MongoKnownCustomers implements KnownCustomers {

    static final String COLLECTION = "claims_customers";
    private static final int ATTEMPTS = 5;
    private static final Pattern WORDS = Pattern.compile("[^\\p{L}\\p{N}]+");

    @Document(COLLECTION)
    record CustomerDocument(@Id String id, String name, String nameKey, List<String> nameWords, StampDocument nameAsOf,
                            String significance, StampDocument significanceAsOf, String status, StampDocument statusAsOf, long version) {
    }

    record StampDocument(Instant time, String eventId) {

        static StampDocument of(Stamp stamp) {
            return stamp == null ? null : new StampDocument(stamp.time(), stamp.eventId());
        }

        Stamp toStamp() {
            return new Stamp(time, eventId);
        }
    }

    private final MongoTemplate mongo;

    public MongoKnownCustomers(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public void ensureIndexes() {
        mongo.indexOps(COLLECTION).createIndex(new Index().on("nameKey", Sort.Direction.ASC));
        mongo.indexOps(COLLECTION).createIndex(new Index().on("nameWords", Sort.Direction.ASC));
    }

    @Override
    public Optional<KnownCustomer> find(String customerId) {
        if (customerId == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(mongo.findById(customerId, CustomerDocument.class)).map(MongoKnownCustomers::toCustomer);
    }

    @Override
    public boolean apply(CustomerChange change, Stamp stamp) {
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            KnownCustomer before = find(change.customerId()).orElseGet(() -> KnownCustomer.unknown(change.customerId()));
            KnownCustomer after = before.apply(change, stamp);
            if (after.equals(before)) {
                return false;
            }
            if (write(after)) {
                return true;
            }
        }
        throw new IllegalStateException("Customer " + change.customerId() + " kept changing under " + stamp.eventId() + "; retried");
    }

    @Override
    public List<KnownCustomer> search(String query) {
        List<String> words = words(query);
        if (words.isEmpty()) {
            return List.of();
        }
        Criteria[] each = words.stream().map(word -> Criteria.where("nameWords").regex("^" + Pattern.quote(word))).toArray(Criteria[]::new);
        Query byWords = new Query(new Criteria().andOperator(each)).with(Sort.by("nameKey")).limit(SEARCH_LIMIT);
        return mongo.find(byWords, CustomerDocument.class).stream().map(MongoKnownCustomers::toCustomer).toList();
    }

    private boolean write(KnownCustomer customer) {
        CustomerDocument next = toDocument(customer, customer.version() + 1);
        if (customer.version() == 0) {
            try {
                mongo.insert(next);
                return true;
            } catch (DuplicateKeyException another) {
                return false;
            }
        }
        Query unchanged = Query.query(Criteria.where("_id").is(customer.customerId()).and("version").is(customer.version()));
        return mongo.findAndReplace(unchanged, next) != null;
    }

    static List<String> words(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(WORDS.split(text.toLowerCase(Locale.ROOT))).filter(word -> !word.isEmpty()).distinct().toList();
    }

    private static CustomerDocument toDocument(KnownCustomer c, long version) {
        return new CustomerDocument(c.customerId(), c.name(), c.name() == null ? null : c.name().toLowerCase(Locale.ROOT), words(c.name()),
                StampDocument.of(c.nameAsOf()), c.significance(), StampDocument.of(c.significanceAsOf()),
                c.status() == null ? null : c.status().name(), StampDocument.of(c.statusAsOf()), version);
    }

    private static KnownCustomer toCustomer(CustomerDocument d) {
        return new KnownCustomer(d.id(), d.name(), d.nameAsOf() == null ? null : d.nameAsOf().toStamp(), d.significance(),
                d.significanceAsOf() == null ? null : d.significanceAsOf().toStamp(),
                d.status() == null ? null : KnownCustomer.Status.valueOf(d.status()), d.statusAsOf() == null ? null : d.statusAsOf().toStamp(),
                d.version());
    }
}
