package io.usdtcustody.functions.kyc.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ListLocationTest {

    @Test
    void parse_shouldReadEachKindBackFromItsText_whenGivenTheCanonicalForm() {
        assertThat(ListLocation.parse("classpath")).isEqualTo(ListLocation.CLASSPATH);
        assertThat(ListLocation.parse(ListLocation.CLASSPATH.toString())).isEqualTo(ListLocation.CLASSPATH);
        assertThat(ListLocation.parse("s3://lists/ofac/2024-06-01")).hasToString("s3://lists/ofac/2024-06-01/")
                .isEqualTo(ListLocation.parse("s3://lists/ofac/2024-06-01/"));
        assertThat(ListLocation.parse("/data/ofac")).isEqualTo(new ListLocation.Directory(Path.of("/data/ofac")));
    }

    @Test
    void ofMarker_shouldNameTheMarkersFolder_whenAVersionIsPublished() {
        assertThat(ListLocation.S3Folder.ofMarker("lists", "ofac/2024-06-01/READY"))
                .isEqualTo(new ListLocation.S3Folder("lists", "ofac/2024-06-01/"));
    }

    @Test
    void parse_shouldRefuse_whenAnS3LocationHasNoBucket() {
        assertThatThrownBy(() -> ListLocation.parse("s3:///ofac/")).isInstanceOf(IllegalArgumentException.class);
    }
}
