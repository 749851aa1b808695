package org.atelier.reporting.rebuild;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The registry of the views' collections: one document per view ({@code view_collections}, {@code _id} the view's id)
 * with {@code active}, the collections reports read, and while a rebuild runs {@code building}, the ones it fills. A
 * view without a document uses its collections' own names. The registry is read on every read and write, so one
 * update of a view's document switches every instance at once; it is a lookup by {@code _id} in a collection of five
 * documents.
 */
public class ViewCollections implements CollectionNames {

    static final String REGISTRY = "view_collections";

    private final MongoTemplate mongo;

    public ViewCollections(MongoTemplate mongo) {
        this.mongo = mongo;
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
        return previous;
    }

    /** Forgets the collections being built (a failed rebuild): live writes go to the active ones only again. */
    public void abandonBuilding(RebuildableView view) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(view.id())), new Update().unset("building"), REGISTRY);
    }

    private Document registry(RebuildableView view) {
        Document entry = mongo.findById(view.id(), Document.class, REGISTRY);
        return entry == null ? new Document() : entry;
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
