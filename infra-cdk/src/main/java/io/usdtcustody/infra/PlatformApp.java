package io.usdtcustody.infra;

import io.usdtcustody.infra.functions.FunctionCode;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Environment;
import software.amazon.awscdk.StackProps;

/**
 * The CDK app: {@code cdk synth|diff|deploy [-c environment=prod] [-c imageTag=<git sha>]} from
 * {@code infra-cdk/}. Account and region come from the CLI's credentials ({@code CDK_DEFAULT_*}).
 */
public final class PlatformApp {

    private PlatformApp() {
    }

    public static void main(String[] args) {
        App app = App.Builder.create().context(Platform.APP_CONTEXT).build();
        PlatformConfig config = PlatformConfig.fromContext(app.getNode()::tryGetContext);
        StackProps base = StackProps.builder()
                .env(Environment.builder()
                        .account(System.getenv("CDK_DEFAULT_ACCOUNT"))
                        .region(System.getenv("CDK_DEFAULT_REGION"))
                        .build())
                .terminationProtection(!"dev".equals(config.environmentName()))
                .build();
        Platform.create(app, config, base, FunctionCode.builtJars(config.repositoryRoot()));
        app.synth();
    }
}
