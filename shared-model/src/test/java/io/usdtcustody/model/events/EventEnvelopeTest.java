package io.usdtcustody.model.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EventEnvelopeTest {

    private static final UUID ID = UUID.fromString("017f22e2-79b0-7cc3-98c4-dc0c0c07398f");
    private static final Instant AT = Instant.parse("2025-03-01T12:00:00Z");

    private static ObjectNode payload() {
        return JsonNodeFactory.instance.objectNode().put("account", "acc-1");
    }

    @Test
    void constructor_shouldCopyPayload_soEnvelopeIsImmutable() {
        ObjectNode payload = payload();
        EventEnvelope envelope = new EventEnvelope("wallet.deposit.credited", 1, ID, AT, "tenant-1", payload);

        payload.put("account", "changed");
        envelope.payloadObject().put("account", "changed too");

        assertThat(envelope.payload().get("account").textValue()).isEqualTo("acc-1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Wallet.Deposit", "wallet..deposit", ".wallet", "wallet.", "wallet deposit",
            "1wallet", "wallet.deposit.credited!"})
    void constructor_shouldReject_whenTypeMalformed(String type) {
        assertThatThrownBy(() -> new EventEnvelope(type, 1, ID, AT, "tenant-1", payload()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("type must be");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1})
    void constructor_shouldReject_whenVersionBelowOne(int version) {
        assertThatThrownBy(() -> new EventEnvelope("wallet.deposit", version, ID, AT, "tenant-1", payload()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("version must be 1 or more");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-tenant", "tenant/1", "tenant 1", "tttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttt"})
    void constructor_shouldReject_whenTenantIdMalformed(String tenantId) {
        assertThatThrownBy(() -> new EventEnvelope("wallet.deposit", 1, ID, AT, tenantId, payload()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("tenantId");
    }

    @Test
    void constructor_shouldReject_whenPayloadIsNotObject() {
        assertThatThrownBy(() -> new EventEnvelope("wallet.deposit", 1, ID, AT, "t1",
                JsonNodeFactory.instance.arrayNode()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("payload must be a JSON object");
    }

    @Test
    void constructor_shouldReject_whenRequiredFieldsNull() {
        assertThatThrownBy(() -> new EventEnvelope(null, 1, ID, AT, "t1", payload()))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new EventEnvelope("a.b", 1, null, AT, "t1", payload()))
                .isInstanceOf(NullPointerException.class).hasMessage("eventId is required");
        assertThatThrownBy(() -> new EventEnvelope("a.b", 1, ID, null, "t1", payload()))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new EventEnvelope("a.b", 1, ID, AT, null, payload()))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new EventEnvelope("a.b", 1, ID, AT, "t1", null))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void contract_shouldMatchOnlyItsTypeAndVersion() {
        EventContract<String> contract = new EventContract<>("wallet.deposit", 2, String.class);

        assertThat(contract.matches(new EventEnvelope("wallet.deposit", 2, ID, AT, "t1", payload()))).isTrue();
        assertThat(contract.matches(new EventEnvelope("wallet.deposit", 1, ID, AT, "t1", payload()))).isFalse();
        assertThat(contract.matches(new EventEnvelope("wallet.withdrawal", 2, ID, AT, "t1", payload()))).isFalse();
        assertThatThrownBy(() -> new EventContract<>("Bad Type", 1, String.class))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
