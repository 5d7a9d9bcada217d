package io.usdtcustody.localcloud.junit;

import io.usdtcustody.localcloud.LocalCloud;
import io.usdtcustody.model.catalogue.ResourceNaming;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.kinesis.KinesisClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * What one test class gets from the local cloud: its own resource naming, SDK clients pointed at the local
 * servers (closed after the class), and the environment a child process would need.
 */
public final class CloudResources implements AutoCloseable {
    private final LocalCloud cloud;
    private final ResourceNaming naming;
    private final Set<LocalCloud.Service> services;
    private final List<AutoCloseable> clients = new ArrayList<>();

    CloudResources(LocalCloud cloud, ResourceNaming naming, Set<LocalCloud.Service> services) {
        this.cloud = cloud;
        this.naming = naming;
        this.services = Set.copyOf(services);
    }

    public LocalCloud cloud() {
        return cloud;
    }

    public ResourceNaming naming() {
        return naming;
    }

    public synchronized DynamoDbClient dynamoDb() {
        return remember(cloud.clients().dynamoDb());
    }

    public synchronized KinesisClient kinesis() {
        return remember(cloud.clients().kinesis());
    }

    public synchronized S3Client s3() {
        return remember(cloud.clients().s3());
    }

    /**
     * The environment of a process that should use this class's resources: only the services the class asked
     * for, even when other test classes started more in this JVM.
     */
    public Map<String, String> environment() {
        Map<String, String> env = new java.util.TreeMap<>(cloud.environment(services));
        env.put(ResourceNaming.ENVIRONMENT_VARIABLE, naming.prefix());
        return env;
    }

    private <T extends AutoCloseable> T remember(T client) {
        clients.add(client);
        return client;
    }

    @Override
    public synchronized void close() throws Exception {
        for (AutoCloseable client : clients) {
            client.close();
        }
        clients.clear();
    }
}
