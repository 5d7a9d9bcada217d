package io.usdtcustody.localcloud.bootstrap;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.usdtcustody.model.catalogue.BucketSpec;
import io.usdtcustody.model.catalogue.IndexSpec;
import io.usdtcustody.model.catalogue.KeyAttribute;
import io.usdtcustody.model.catalogue.ResourceCatalogue;
import io.usdtcustody.model.catalogue.StreamSpec;
import io.usdtcustody.model.catalogue.TableSpec;

/**
 * The resource catalogue as JSON, for tools that cannot run Java: the LocalStack init script in
 * {@code localstack/docker/} creates resources from {@code localstack/docker/catalogue.json}, and a test keeps
 * that file equal to this export, so the Docker path cannot drift from the catalogue either.
 */
public final class CatalogueExport {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private CatalogueExport() {
    }

    public static String toJson() {
        ObjectNode root = JSON.createObjectNode();
        root.put("generatedBy", "io.usdtcustody.localcloud.bootstrap.CatalogueExport (do not edit by hand)");
        ArrayNode tables = root.putArray("tables");
        for (TableSpec t : ResourceCatalogue.TABLES) {
            ObjectNode table = tables.addObject().put("name", t.name());
            key(table.putObject("partitionKey"), t.partitionKey());
            t.sortKey().ifPresent(k -> key(table.putObject("sortKey"), k));
            ArrayNode indexes = table.putArray("globalIndexes");
            for (IndexSpec i : t.globalIndexes()) {
                ObjectNode index = indexes.addObject().put("name", i.name());
                key(index.putObject("partitionKey"), i.partitionKey());
                i.sortKey().ifPresent(k -> key(index.putObject("sortKey"), k));
            }
            t.ttlAttribute().ifPresent(ttl -> table.put("ttlAttribute", ttl));
        }
        ArrayNode streams = root.putArray("streams");
        for (StreamSpec s : ResourceCatalogue.STREAMS) {
            streams.addObject().put("name", s.name()).put("shardCount", s.shardCount());
        }
        ArrayNode buckets = root.putArray("buckets");
        for (BucketSpec b : ResourceCatalogue.BUCKETS) {
            buckets.addObject().put("name", b.name()).put("objectLock", b.objectLock());
        }
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void key(ObjectNode node, KeyAttribute key) {
        node.put("name", key.name()).put("type", switch (key.type()) {
            case STRING -> "S";
            case NUMBER -> "N";
            case BINARY -> "B";
        });
    }

    /** Prints the export; {@code ./platform catalogue} writes it to localstack/docker/catalogue.json. */
    public static void main(String[] args) {
        System.out.print(toJson());
    }
}
