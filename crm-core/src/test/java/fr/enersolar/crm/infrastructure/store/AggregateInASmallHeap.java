package fr.enersolar.crm.infrastructure.store;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Filters;
import de.bwaldvogel.mongo.MongoServer;
import java.nio.file.Path;
import java.util.List;
import org.bson.Document;

/**
 * Run by {@link EmbeddedBackendTest} in a JVM of its own with a heap smaller than the store's
 * documents: writes them (or, with {@code read}, only aggregates them) and prints the counts.
 *
 * <pre>java -Xmx… AggregateInASmallHeap FILE write|read DOCS</pre>
 */
public final class AggregateInASmallHeap {

    /** Each document's filler: with 1,000 of them, 64 MB of text. */
    static final int FILLER_CHARS = 64 * 1024;

    private AggregateInASmallHeap() {}

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        boolean write = "write".equals(args[1]);
        int docs = Integer.parseInt(args[2]);
        MongoServer server = new MongoServer(EmbeddedBackend.open(file, 1));
        try (MongoClient client = MongoClients.create(server.bindAndGetConnectionString())) {
            MongoCollection<Document> leads =
                    client.getDatabase("enersolar").getCollection("leads");
            if (write) {
                String filler = "x".repeat(FILLER_CHARS);
                for (int i = 0; i < docs; i++) {
                    leads.insertOne(
                            new Document("_id", "lead-" + i)
                                    .append("status", i % 4 == 0 ? "invalid_phone" : "pending")
                                    .append("n", i)
                                    .append("filler", filler));
                }
                return;
            }
            long even = leads.countDocuments(Filters.mod("n", 2, 0));
            List<Document> byStatus =
                    leads.aggregate(
                                    List.of(
                                            Aggregates.group(
                                                    "$status", Accumulators.sum("count", 1)),
                                            Aggregates.sort(new Document("_id", 1))))
                            .into(new java.util.ArrayList<>());
            StringBuilder line = new StringBuilder("even=" + even);
            for (Document group : byStatus) {
                line.append(' ').append(group.get("_id")).append('=').append(group.get("count"));
            }
            System.out.println(line);
        } finally {
            server.shutdownNow();
        }
    }
}
