package org.atelier.health.mongo;

import com.mongodb.client.MongoClient;
import org.bson.Document;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * Reports the database UP when it answers {@code ping}.
 *
 * <p>Boot's own indicator reads {@code maxWireVersion} from the {@code hello} reply, which the embedded
 * MongoDB-protocol server answers differently, so it reports DOWN there although the database works. A
 * ping is what readiness needs to know on both the embedded server and real MongoDB.
 */
public class MongoPingHealthIndicator extends AbstractHealthIndicator {

    private final MongoClient client;
    private final String database;

    public MongoPingHealthIndicator(MongoClient client, String database) {
        super("MongoDB health check failed");
        this.client = client;
        this.database = database;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        Document reply = client.getDatabase(database).runCommand(new Document("ping", 1));
        Object ok = reply.get("ok");
        if (ok instanceof Number number && number.doubleValue() == 1.0) {
            builder.up().withDetail("database", database);
        } else {
            builder.down().withDetail("reply", reply.toJson());
        }
    }
}
