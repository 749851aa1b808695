package org.atelier.reporting.rebuild;

import java.util.List;
import org.atelier.inbox.OnceOnlyWriter;
import org.bson.Document;

/**
 * Writes a view's facts, each at most once, into the collection its reports read and, while a rebuild of the view
 * runs, into the one being built as well, so the rebuilt collection misses nothing that arrived meanwhile. A batch is
 * one bulk insert per collection; each fact is keyed by its event id, so the write that changes the view is also the
 * proof that the event was applied.
 */
public class FactsOnce {

    private final OnceOnlyWriter writer;
    private final CollectionNames names;

    public FactsOnce(OnceOnlyWriter writer, CollectionNames names) {
        this.writer = writer;
        this.names = names;
    }

    /**
     * @param facts documents whose {@code _id} is the event they come from
     * @return how many changed the active collection (the others had been applied before)
     */
    public int insertAllOnce(String collection, List<Document> facts) {
        if (facts.isEmpty()) {
            return 0;
        }
        List<String> targets = names.forWriting(collection);
        int changed = writer.insertAllOnce(targets.get(0), facts);
        for (String building : targets.subList(1, targets.size())) {
            writer.insertAllOnce(building, facts.stream().map(Document::new).toList());
        }
        return changed;
    }

}
