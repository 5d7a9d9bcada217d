package io.usdtcustody.localcloud.junit;

import io.usdtcustody.localcloud.AwsClients;
import io.usdtcustody.localcloud.LocalCloud;
import io.usdtcustody.localcloud.ProjectLayout;
import io.usdtcustody.localcloud.component.EvmNode;
import io.usdtcustody.localcloud.component.SoftHsm;
import io.usdtcustody.model.catalogue.ResourceNaming;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.kinesis.KinesisClient;
import software.amazon.awssdk.services.s3.S3Client;

/** The JUnit 5 side of {@link LocalCloudTest}: one cloud per JVM, one naming prefix per test class. */
public final class LocalCloudExtension implements BeforeAllCallback, AfterAllCallback, ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(LocalCloudExtension.class);
    private static final List<Class<?>> RESOLVABLE = List.of(CloudResources.class, ResourceNaming.class,
            LocalCloud.class, AwsClients.class, DynamoDbClient.class, KinesisClient.class, S3Client.class,
            EvmNode.class, SoftHsm.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    public void beforeAll(ExtensionContext context) {
        Set<LocalCloud.Service> services = requestedServices(context);
        LocalCloud cloud = sharedCloud(context).ensure(services);
        ResourceNaming naming = new ResourceNaming(uniquePrefix());
        cloud.bootstrap(naming);
        context.getStore(NAMESPACE).put(CloudResources.class, new CloudResources(cloud, naming, services));
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        CloudResources resources = context.getStore(NAMESPACE).remove(CloudResources.class, CloudResources.class);
        if (resources != null) {
            resources.close();
        }
    }

    private static Set<LocalCloud.Service> requestedServices(ExtensionContext context) {
        LocalCloudTest annotation = context.getRequiredTestClass().getAnnotation(LocalCloudTest.class);
        EnumSet<LocalCloud.Service> services = EnumSet.noneOf(LocalCloud.Service.class);
        services.addAll(List.of(annotation == null ? LocalCloud.Service.values() : annotation.value()));
        return services;
    }

    /** Random, short, lower-case: 36^6 prefixes make a clash between concurrent classes negligible. */
    private static String uniquePrefix() {
        String alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
        StringBuilder prefix = new StringBuilder("t");
        for (int i = 0; i < 6; i++) {
            prefix.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return prefix.append('-').toString();
    }

    private static LocalCloud sharedCloud(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(SharedCloud.class, key -> new SharedCloud(), SharedCloud.class).cloud;
    }

    /** Closed by JUnit when the whole run ends; the tether script covers a JVM that is killed instead. */
    private static final class SharedCloud implements ExtensionContext.Store.CloseableResource, AutoCloseable {
        private final LocalCloud cloud;

        SharedCloud() {
            ProjectLayout layout = ProjectLayout.locate();
            try {
                Path stateDir = Files.createDirectories(Path.of("target", "local-cloud",
                        Long.toString(ProcessHandle.current().pid()))).toAbsolutePath();
                cloud = new LocalCloud(layout, stateDir, Map.of());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            cloud.close();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return RESOLVABLE.contains(parameterContext.getParameter().getType());
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext context) {
        CloudResources resources = context.getStore(NAMESPACE).get(CloudResources.class, CloudResources.class);
        if (resources == null) {
            throw new ParameterResolutionException("the local cloud is set up per class: annotate the class with @LocalCloudTest");
        }
        Class<?> type = parameterContext.getParameter().getType();
        if (type == CloudResources.class) {
            return resources;
        } else if (type == ResourceNaming.class) {
            return resources.naming();
        } else if (type == LocalCloud.class) {
            return resources.cloud();
        } else if (type == AwsClients.class) {
            return resources.cloud().clients();
        } else if (type == DynamoDbClient.class) {
            return resources.dynamoDb();
        } else if (type == KinesisClient.class) {
            return resources.kinesis();
        } else if (type == S3Client.class) {
            return resources.s3();
        } else if (type == EvmNode.class) {
            return resources.cloud().evm();
        } else if (type == SoftHsm.class) {
            return resources.cloud().hsm();
        }
        throw new ParameterResolutionException("cannot resolve " + type);
    }
}
