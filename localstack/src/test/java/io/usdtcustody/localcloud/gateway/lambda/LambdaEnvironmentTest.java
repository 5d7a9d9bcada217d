package io.usdtcustody.localcloud.gateway.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import io.usdtcustody.model.catalogue.ResourceCatalogue;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LambdaEnvironmentTest {
    private final FunctionDeployment onboarding = new FunctionDeployment(ResourceCatalogue.ONBOARDING, "usdt-dev-onboarding",
            List.of(Path.of("/code/function-onboarding.jar")),
            Map.of("AWS_REGION", "eu-west-1", "RESOURCE_PREFIX", "usdt-dev-", "_HANDLER", "sneaky::override"));

    @Test
    void variables_shouldSetLambdasReservedVariables_overTheDeploymentsOwn() {
        Map<String, String> env = LambdaEnvironment.variables(onboarding, "127.0.0.1:9001", Path.of("/task"));

        assertThat(env).containsEntry("AWS_LAMBDA_RUNTIME_API", "127.0.0.1:9001")
                .containsEntry("_HANDLER", ResourceCatalogue.ONBOARDING.handler())
                .containsEntry("AWS_LAMBDA_FUNCTION_NAME", "usdt-dev-onboarding")
                .containsEntry("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "1024")
                .containsEntry("AWS_REGION", "eu-west-1").containsEntry("AWS_DEFAULT_REGION", "eu-west-1")
                .containsEntry("AWS_EXECUTION_ENV", "AWS_Lambda_java17")
                .containsEntry("JAVA_TOOL_OPTIONS", "-XX:+TieredCompilation -XX:TieredStopAtLevel=1")
                .containsEntry("RESOURCE_PREFIX", "usdt-dev-")
                .containsEntry("LAMBDA_TASK_ROOT", "/task");
        assertThat(env.get("AWS_LAMBDA_LOG_STREAM_NAME")).contains("[$LATEST]");
    }

    @Test
    void command_shouldRunTheRuntimeClientWithTheHandler_codeFirst_andHeapFromMemory() {
        List<String> command = LambdaEnvironment.command(onboarding, List.of(Path.of("/runtime/ric.jar")));

        assertThat(command).contains("-XX:MaxHeapSize=870m", "-XX:+UseSerialGC", "/code/function-onboarding.jar:/runtime/ric.jar");
        assertThat(command.subList(command.size() - 2, command.size())).containsExactly(LambdaRuntimeClasspath.MAIN_CLASS,
                ResourceCatalogue.ONBOARDING.handler());
    }

    @Test
    void functionArn_shouldNameTheFunctionInTheLocalAccount() {
        assertThat(LambdaEnvironment.functionArn("us-east-1", "usdt-dev-kyc"))
                .isEqualTo("arn:aws:lambda:us-east-1:000000000000:function:usdt-dev-kyc");
    }

    @Test
    void runtimeClasspath_shouldFindTheRuntimeInterfaceClientJars() {
        assertThat(LambdaRuntimeClasspath.entries()).anySatisfy(path ->
                assertThat(path.getFileName().toString()).startsWith("aws-lambda-java-runtime-interface-client-"));
    }
}
