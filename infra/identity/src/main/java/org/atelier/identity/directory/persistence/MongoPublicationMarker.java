package org.atelier.identity.directory.persistence;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import java.time.Clock;
import java.util.Date;
import org.atelier.identity.directory.application.PublishingTheDirectory;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The marker that the directory stored before its publication was published: one document, written when that is done. */
public class MongoPublicationMarker implements PublishingTheDirectory.Marker {

    static final String COLLECTION = "directory_publication";
    static final String ID = "existing-directory-published";

    private final MongoTemplate mongo;
    private final Clock clock;

    public MongoPublicationMarker(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    @Override
    public boolean isSet() {
        return mongo.getCollection(COLLECTION).countDocuments(new Document("_id", ID)) > 0;
    }

    @Override
    public void set(int departments, int people) {
        try {
            mongo.getCollection(COLLECTION).insertOne(new Document("_id", ID).append("publishedAt", Date.from(clock.instant()))
                    .append("departments", departments).append("people", people));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            // Another instance, starting at the same moment, finished first; the directory is published either way.
        }
    }
}
