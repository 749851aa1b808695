package org.atelier.reporting.rebuild;

import java.util.List;
import java.util.Map;

/**
 * Where a read model's collection lives now. A view that can be rebuilt keeps its documents under names that change
 * with each rebuild; the persistence classes ask here on every read and write, so switching a view to its rebuilt
 * collections is one update of the registry, seen at once by every instance.
 */
public interface CollectionNames {

    /** The collection reports read: the active one. */
    String forReading(String collection);

    /**
     * The collections an event is applied to: the active one first, then, while a rebuild runs, the one being built,
     * so that the rebuilt collections hold every event that arrives during the rebuild.
     */
    List<String> forWriting(String collection);

    /** Every collection under its own name: the read models as they were before rebuilds. */
    static CollectionNames fixed() {
        return renamed(Map.of());
    }

    /** The given collections under other names (a rebuild's targets), the rest under their own. */
    static CollectionNames renamed(Map<String, String> names) {
        return new CollectionNames() {
            @Override
            public String forReading(String collection) {
                return names.getOrDefault(collection, collection);
            }

            @Override
            public List<String> forWriting(String collection) {
                return List.of(forReading(collection));
            }
        };
    }
}
