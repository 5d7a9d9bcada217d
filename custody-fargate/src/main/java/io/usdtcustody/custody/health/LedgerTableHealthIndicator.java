package io.usdtcustody.custody.health;

import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.AbstractHealthIndicator;
import io.micronaut.management.health.indicator.annotation.Readiness;
import io.usdtcustody.model.catalogue.ResourceCatalogue;
import io.usdtcustody.model.catalogue.ResourceNaming;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

/**
 * Custody is ready only when the tables it owns are ACTIVE: without the ledger it must not take traffic.
 * The details name tables and their status, never data.
 */
@Singleton
@Readiness
public class LedgerTableHealthIndicator extends AbstractHealthIndicator<Map<String, String>> {
    private final DynamoDbClient dynamoDb;
    private final ResourceNaming naming;

    LedgerTableHealthIndicator(DynamoDbClient dynamoDb, ResourceNaming naming) {
        this.dynamoDb = dynamoDb;
        this.naming = naming;
    }

    @Override
    protected Map<String, String> getHealthInformation() {
        Map<String, String> tables = new LinkedHashMap<>();
        healthStatus = HealthStatus.UP;
        for (var spec : ResourceCatalogue.CUSTODY.writesTables()) {
            String name = naming.table(ResourceCatalogue.table(spec));
            try {
                TableStatus status = dynamoDb.describeTable(r -> r.tableName(name)).table().tableStatus();
                tables.put(spec, status.toString());
                if (status != TableStatus.ACTIVE) {
                    healthStatus = HealthStatus.DOWN;
                }
            } catch (RuntimeException e) {
                tables.put(spec, "UNREACHABLE");
                healthStatus = HealthStatus.DOWN;
            }
        }
        return tables;
    }

    @Override
    protected String getName() {
        return "custody-tables";
    }
}
