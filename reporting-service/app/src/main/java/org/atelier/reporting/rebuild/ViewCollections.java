package org.atelier.reporting.rebuild;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The registry of the views' collections: one document per view ({@code view_collections}, {@code _id} the view's id)
 * with {@code active}, the collections reports read, and while a rebuild runs {@code building}, the ones it fills. A
 * view without a document uses its collections' own names. Each instance keeps a view's document for at most
 * {@link #cachedFor()} (a lookup per event would cost the projections a round trip each), so a change reaches every
 * instance within that time: a rebuild waits for it before it relies on the change (see {@link ViewRebuilds}).
 */
public class ViewCollections implements CollectionNames {

    static final String REGISTRY = "view_collections";

    private record Cached(Document entry, long readAtNanos) {
    }

    private final MongoTemplate mongo;
    private final Duration cachedFor;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    /** Reads the registry every time: for tests and tools that must see another instance's change at once. */
    public ViewCollections(MongoTemplate mongo) {
        this(mongo, Duration.ZERO);
    }

    public ViewCollections(MongoTemplate mongo, Duration cachedFor) {
        this.mongo = mongo;
        this.cachedFor = cachedFor;
    }

    /** How long a change of the registry may take to reach every instance. */
    public Duration cachedFor() {
        return cachedFor;
    }

    @Override
    public String forReading(String collection) {
        return RebuildableView.owning(collection)
                .map(view -> names(registry(view), "active").getOrDefault(collection, collection))
                .orElse(collection);
    }

    @Override
    public List<String> forWriting(String collection) {
        var view = RebuildableView.owning(collection);
        if (view.isEmpty()) {
            return List.of(collection);
        }
        Document entry = registry(view.get());
        List<String> targets = new ArrayList<>();
        targets.add(names(entry, "active").getOrDefault(collection, collection));
        String building = names(entry, "building").get(collection);
        if (building != null && !targets.contains(building)) {
            targets.add(building);
        }
        return List.copyOf(targets);
    }

    /** The collections the view's reports read now. */
    public Map<String, String> active(RebuildableView view) {
        Map<String, String> active = names(registry(view), "active");
        Map<String, String> all = new LinkedHashMap<>();
        view.collections().forEach(collection -> all.put(collection, active.getOrDefault(collection, collection)));
        return all;
    }

    /** The collections the view's rebuild fills, empty when none is registered. */
    public Map<String, String> building(RebuildableView view) {
        return names(registry(view), "building");
    }

    /**
     * Names fresh collections for the view's rebuild and has every live write go to them too from now on.
     *
     * @param suffix makes the names new, e.g. the rebuild's start in milliseconds
     */
    public Map<String, String> beginBuilding(RebuildableView view, String suffix) {
        Map<String, String> building = new LinkedHashMap<>();
        view.collections().forEach(collection -> building.put(collection, collection + "_r" + suffix));
        mongo.upsert(Query.query(Criteria.where("_id").is(view.id())), new Update().set("building", new Document(new LinkedHashMap<>(building))),
                REGISTRY);
        cache.remove(view.id());
        return building;
    }

    /**
     * Makes the collections being built the active ones, in one update of the view's document.
     *
     * @return the collections that were active until now
     */
    public Map<String, String> switchToBuilt(RebuildableView view, Map<String, String> building) {
        Map<String, String> previous = active(view);
        mongo.updateFirst(Query.query(Criteria.where("_id").is(view.id())),
                new Update().set("active", new Document(new LinkedHashMap<>(building))).unset("building"), REGISTRY);
        cache.remove(view.id());
        return previous;
    }

    /** Forgets the collections being built (a failed rebuild): live writes go to the active ones only again. */
    public void abandonBuilding(RebuildableView view) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(view.id())), new Update().unset("building"), REGISTRY);
        cache.remove(view.id());
    }

    /**
     * Forgets the given collections being built (a dead rebuild's) unless another rebuild has registered its own since.
     *
     * @return whether they were forgotten
     */
    public boolean abandonBuilding(RebuildableView view, Map<String, String> building) {
        boolean abandoned = mongo.updateFirst(Query.query(Criteria.where("_id").is(view.id())
                        .and("building").is(new Document(new LinkedHashMap<>(building)))), new Update().unset("building"), REGISTRY)
                .getModifiedCount() > 0;
        cache.remove(view.id());
        return abandoned;
    }

    private Document registry(RebuildableView view) {
        long now = System.nanoTime();
        Cached cached = cache.get(view.id());
        if (cached != null && now - cached.readAtNanos() < cachedFor.toNanos()) {
            return cached.entry();
        }
        Document entry = mongo.findById(view.id(), Document.class, REGISTRY);
        Document known = entry == null ? new Document() : entry;
        if (!cachedFor.isZero()) {
            cache.put(view.id(), new Cached(known, now));
        }
        return known;
    }

    private static Map<String, String> names(Document entry, String field) {
        Object value = entry.get(field);
        Map<String, String> names = new LinkedHashMap<>();
        if (value instanceof Document document) {
            document.forEach((key, name) -> names.put(key, String.valueOf(name)));
        }
        return names;
    }
}
