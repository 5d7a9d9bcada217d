package io.usdtcustody.infra;

import static io.usdtcustody.infra.SynthesizedPlatform.properties;
import static org.assertj.core.api.Assertions.assertThat;

import io.usdtcustody.model.catalogue.ResourceCatalogue;
import io.usdtcustody.model.catalogue.ResourceNaming;
import io.usdtcustody.model.catalogue.TableSpec;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Template;

/** The stacks declare exactly the catalogue: same counts, physical names from {@link ResourceNaming}, same keys. */
class CatalogueConformanceTest {
    private static final ResourceNaming NAMING = SynthesizedPlatform.CONFIG.naming();
    private static SynthesizedPlatform synth;

    @BeforeAll
    static void synthesise() {
        synth = SynthesizedPlatform.get();
    }

    @Test
    void tables_shouldMatchCatalogueNames_whenSynthesised() {
        assertThat(names("AWS::DynamoDB::Table", "TableName"))
                .containsExactlyInAnyOrderElementsOf(ResourceCatalogue.TABLES.stream().map(NAMING::table).toList());
    }

    @Test
    void streams_shouldMatchCatalogueNamesAndShardCounts_whenSynthesised() {
        assertThat(names("AWS::Kinesis::Stream", "Name"))
                .containsExactlyInAnyOrderElementsOf(ResourceCatalogue.STREAMS.stream().map(NAMING::stream).toList());
        ResourceCatalogue.STREAMS.forEach(spec -> assertThat(synth.resources("AWS::Kinesis::Stream").values())
                .map(SynthesizedPlatform::properties)
                .filteredOn(props -> NAMING.stream(spec).equals(props.get("Name")))
                .singleElement()
                .satisfies(props -> assertThat(props.get("ShardCount")).isEqualTo(spec.shardCount())));
    }

    @Test
    void buckets_shouldMatchCatalogueNames_whenSynthesised() {
        assertThat(names("AWS::S3::Bucket", "BucketName"))
                .containsExactlyInAnyOrderElementsOf(ResourceCatalogue.BUCKETS.stream().map(NAMING::bucket).toList());
    }

    @Test
    void functions_shouldMatchCatalogueNames_whenFunctionsStackIsSynthesised() {
        Template functions = synth.template(synth.platform.functions());

        assertThat(functions.findResources("AWS::Lambda::Function").values())
                .map(resource -> properties(resource).get("FunctionName"))
                .containsExactlyInAnyOrderElementsOf(ResourceCatalogue.FUNCTIONS.stream().map(NAMING::function).toList());
    }

    @Test
    void services_shouldMatchCatalogueNamesAndRepositories_whenSynthesised() {
        List<String> expected = ResourceCatalogue.SERVICES.stream().map(spec -> NAMING.prefix() + spec.name()).toList();

        assertThat(names("AWS::ECS::Service", "ServiceName")).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(names("AWS::ECR::Repository", "RepositoryName")).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void tables_shouldCarryTheSpecKeysIndexesAndTtl_whenSynthesised() {
        for (TableSpec spec : ResourceCatalogue.TABLES) {
            Map<String, Object> table = synth.resources("AWS::DynamoDB::Table").values().stream()
                    .map(SynthesizedPlatform::properties)
                    .filter(props -> NAMING.table(spec).equals(props.get("TableName")))
                    .findFirst().orElseThrow();

            List<Object> keys = Cfn.list(table.get("KeySchema"));
            assertThat(keys).as(spec.name()).contains(Map.of("AttributeName", spec.partitionKey().name(), "KeyType", "HASH"));
            spec.sortKey().ifPresent(sk -> assertThat(keys).as(spec.name())
                    .contains(Map.of("AttributeName", sk.name(), "KeyType", "RANGE")));
            assertThat(Cfn.list(table.get("GlobalSecondaryIndexes"))).as(spec.name())
                    .map(index -> Cfn.at(index, "IndexName"))
                    .containsExactlyInAnyOrderElementsOf(spec.globalIndexes().stream().map(i -> (Object) i.name()).toList());
            assertThat(Cfn.at(table, "TimeToLiveSpecification", "AttributeName")).as(spec.name())
                    .isEqualTo(spec.ttlAttribute().orElse(null));
        }
    }

    @Test
    void everyDeployable_shouldReceiveTheResourcePrefix_whenSynthesised() {
        List<Object> lambdaEnvironments = synth.template(synth.platform.functions())
                .findResources("AWS::Lambda::Function").values().stream()
                .map(resource -> Cfn.at(properties(resource), "Environment", "Variables", ResourceNaming.ENVIRONMENT_VARIABLE))
                .toList();
        List<Object> containerEnvironments = synth.resources("AWS::ECS::TaskDefinition").values().stream()
                .flatMap(resource -> Cfn.list(properties(resource).get("ContainerDefinitions")).stream())
                .flatMap(container -> Cfn.list(Cfn.at(container, "Environment")).stream())
                .filter(variable -> ResourceNaming.ENVIRONMENT_VARIABLE.equals(Cfn.at(variable, "Name")))
                .map(variable -> Cfn.at(variable, "Value"))
                .toList();

        assertThat(lambdaEnvironments).hasSize(ResourceCatalogue.FUNCTIONS.size()).containsOnly(NAMING.prefix());
        assertThat(containerEnvironments).hasSize(ResourceCatalogue.SERVICES.size()).containsOnly(NAMING.prefix());
    }

    private static List<Object> names(String type, String property) {
        return synth.resources(type).values().stream().map(resource -> properties(resource).get(property)).toList();
    }
}
