package io.usdtcustody.model.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ResourceCatalogueTest {

    private static <T> List<String> names(List<T> specs, Function<T, String> name) {
        return specs.stream().map(name).toList();
    }

    private static Set<String> tableNames() {
        return Set.copyOf(names(ResourceCatalogue.TABLES, TableSpec::name));
    }

    private static Set<String> streamNames() {
        return Set.copyOf(names(ResourceCatalogue.STREAMS, StreamSpec::name));
    }

    private static Set<String> bucketNames() {
        return Set.copyOf(names(ResourceCatalogue.BUCKETS, BucketSpec::name));
    }

    @Test
    void names_shouldBeUnique_withinEachKind() {
        assertThat(names(ResourceCatalogue.TABLES, TableSpec::name)).doesNotHaveDuplicates();
        assertThat(names(ResourceCatalogue.STREAMS, StreamSpec::name)).doesNotHaveDuplicates();
        assertThat(names(ResourceCatalogue.BUCKETS, BucketSpec::name)).doesNotHaveDuplicates();
        assertThat(names(ResourceCatalogue.FUNCTIONS, FunctionSpec::name)).doesNotHaveDuplicates();
        assertThat(names(ResourceCatalogue.SERVICES, ServiceSpec::name)).doesNotHaveDuplicates();
    }

    @Test
    void allNames_shouldListEveryResourceOfEveryKind() {
        List<String> all = ResourceCatalogue.allNames().toList();
        int total = ResourceCatalogue.TABLES.size() + ResourceCatalogue.STREAMS.size()
                + ResourceCatalogue.BUCKETS.size() + ResourceCatalogue.FUNCTIONS.size()
                + ResourceCatalogue.SERVICES.size();

        assertThat(all).hasSize(total).contains("ledger", "wallet-events", "receipt-archive", "kyc", "matching");
    }

    @Test
    void functions_shouldReferOnlyToCataloguedResources() {
        for (FunctionSpec function : ResourceCatalogue.FUNCTIONS) {
            assertThat(Stream.concat(function.readsTables().stream(), function.writesTables().stream()))
                    .as("tables of function %s", function.name()).allMatch(tableNames()::contains);
            assertThat(function.readsStreams()).as("streams of function %s", function.name())
                    .allMatch(streamNames()::contains);
            assertThat(function.writesBuckets()).as("buckets of function %s", function.name())
                    .allMatch(bucketNames()::contains);
        }
    }

    @Test
    void services_shouldReferOnlyToCataloguedResources() {
        for (ServiceSpec service : ResourceCatalogue.SERVICES) {
            assertThat(Stream.concat(service.readsTables().stream(), service.writesTables().stream()))
                    .as("tables of service %s", service.name()).allMatch(tableNames()::contains);
            assertThat(Stream.concat(service.writesStreams().stream(), service.readsStreams().stream()))
                    .as("streams of service %s", service.name()).allMatch(streamNames()::contains);
        }
    }

    @Test
    void services_shouldUseDistinctPorts() {
        assertThat(ResourceCatalogue.SERVICES.stream().map(ServiceSpec::port).collect(Collectors.toList()))
                .doesNotHaveDuplicates();
    }

    @Test
    void lookups_shouldFindCataloguedNames_andRejectOthers() {
        assertThat(ResourceCatalogue.table("ledger")).isSameAs(ResourceCatalogue.LEDGER);
        assertThat(ResourceCatalogue.stream("trade-events")).isSameAs(ResourceCatalogue.TRADE_EVENTS);
        assertThat(ResourceCatalogue.bucket("reports")).isSameAs(ResourceCatalogue.REPORTS);
        assertThatThrownBy(() -> ResourceCatalogue.table("nope")).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void naming_shouldPrefixPhysicalNames() {
        ResourceNaming naming = new ResourceNaming("usdt-test-");

        assertThat(naming.table(ResourceCatalogue.LEDGER)).isEqualTo("usdt-test-ledger");
        assertThatThrownBy(() -> new ResourceNaming("Bad_")).isInstanceOf(IllegalArgumentException.class);
    }
}
