package io.usdtcustody.functions.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.usdtcustody.model.errors.FieldError;
import io.usdtcustody.model.errors.PlatformException;
import io.usdtcustody.model.json.JsonCodec;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RequestBodyTest {
    private static JsonNode json(String text) {
        return new JsonCodec().readTree(text.getBytes(StandardCharsets.UTF_8));
    }

    private enum Colour { RED, GREEN }

    @Test
    void validate_shouldListEveryProblem_withNestedPaths_andNeverTheValues() {
        RequestBody body = RequestBody.of(json("{\"name\":\"  \",\"colour\":\"blue\",\"flag\":\"yes\",\"extra\":\"secret-value\","
                + "\"address\":{\"city\":7,\"zip\":\"x\"}}"), Set.of("name", "colour", "flag", "address", "missing"));
        body.text("name", 10);
        body.enumValue("colour", Colour.class);
        body.bool("flag");
        body.text("missing", 10);
        body.object("address", Set.of("city")).ifPresent(address -> address.text("city", 10));

        assertThatThrownBy(body::validate).isInstanceOfSatisfying(PlatformException.class, e -> {
            assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactlyInAnyOrder(
                    "extra", "name", "colour", "flag", "missing", "address.zip", "address.city");
            assertThat(e.fieldErrors()).extracting(FieldError::message).noneMatch(m -> m.contains("secret-value"));
        });
    }

    @Test
    void text_shouldBeStripped_andControlCharactersRefused() {
        RequestBody body = RequestBody.of(json("{\"a\":\"  Ann  \",\"b\":\"x\\u0007y\"}"), Set.of("a", "b"));

        assertThat(body.text("a", 10)).contains("Ann");
        assertThat(body.text("b", 10)).isEmpty();
        assertThat(body.isValid()).isFalse();
    }

    @Test
    void of_shouldRefuseABodyThatIsNotAnObject() {
        assertThatThrownBy(() -> RequestBody.of(json("[1]"), Set.of())).isInstanceOf(PlatformException.class);
    }
}
