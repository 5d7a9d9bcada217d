package io.usdtcustody.localcloud.junit;

import io.usdtcustody.localcloud.LocalCloud.Service;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a test class against the local cloud. The cloud starts once per test JVM (only the services some class
 * asked for); each class gets its own resource-name prefix with every catalogue table, stream and bucket
 * created under it, so classes can run in parallel without seeing each other's data. Test methods and
 * constructors can take {@code CloudResources}, {@code ResourceNaming}, {@code DynamoDbClient},
 * {@code KinesisClient}, {@code S3Client}, {@code EvmNode}, {@code SoftHsm} or {@code LocalCloud} parameters.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@ExtendWith(LocalCloudExtension.class)
public @interface LocalCloudTest {
    /** The services this class needs. */
    Service[] value() default {Service.DYNAMODB, Service.KINESIS, Service.S3};
}
