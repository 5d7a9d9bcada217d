package io.usdtcustody.localcloud;

import static org.assertj.core.api.Assertions.assertThat;

import io.usdtcustody.localcloud.bootstrap.CatalogueExport;
import io.usdtcustody.model.catalogue.ResourceCatalogue;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CatalogueExportTest {

    @Test
    void committedDockerCatalogue_shouldEqualTheCatalogueExport() throws Exception {
        Path committed = ProjectLayout.locate().localstack().resolve("docker").resolve("catalogue.json");

        assertThat(Files.readString(committed))
                .as("localstack/docker/catalogue.json is stale: run ./platform catalogue")
                .isEqualTo(CatalogueExport.toJson());
    }

    @Test
    void export_shouldNameEveryTableStreamAndBucket() {
        String json = CatalogueExport.toJson();
        ResourceCatalogue.TABLES.forEach(t -> assertThat(json).contains("\"" + t.name() + "\""));
        ResourceCatalogue.STREAMS.forEach(s -> assertThat(json).contains("\"" + s.name() + "\""));
        ResourceCatalogue.BUCKETS.forEach(b -> assertThat(json).contains("\"" + b.name() + "\""));
    }
}
