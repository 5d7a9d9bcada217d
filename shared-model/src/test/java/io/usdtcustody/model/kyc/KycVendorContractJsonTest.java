package io.usdtcustody.model.kyc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.usdtcustody.model.json.JsonCodec;
import io.usdtcustody.model.json.JsonDecodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class KycVendorContractJsonTest {
    private final JsonCodec codec = new JsonCodec();

    @Test
    void decision_shouldRoundTripThroughTheCodec_inTheDocumentedShape() {
        KycVendorDecision decision = new KycVendorDecision("evt-1", "app-7", "demo:alice:c-1", VendorOutcome.APPROVED,
                List.of("MRZ_VALID"), Instant.parse("2025-07-01T10:00:00Z"));

        String json = new String(codec.write(decision), StandardCharsets.UTF_8);

        assertThat(json).isEqualTo("{\"eventId\":\"evt-1\",\"applicantId\":\"app-7\",\"externalRef\":\"demo:alice:c-1\","
                + "\"outcome\":\"APPROVED\",\"reasons\":[\"MRZ_VALID\"],\"decidedAt\":\"2025-07-01T10:00:00Z\"}");
        assertThat(codec.read(json.getBytes(StandardCharsets.UTF_8), KycVendorDecision.class)).isEqualTo(decision);
    }

    @Test
    void decision_shouldBeRefused_whenAnIdCarriesOtherCharactersOrAnOutcomeIsUnknown() {
        byte[] badId = ("{\"eventId\":\"evt 1\",\"applicantId\":\"a\",\"externalRef\":\"r\",\"outcome\":\"APPROVED\","
                + "\"reasons\":[],\"decidedAt\":\"2025-07-01T10:00:00Z\"}").getBytes(StandardCharsets.UTF_8);
        byte[] badOutcome = ("{\"eventId\":\"e\",\"applicantId\":\"a\",\"externalRef\":\"r\",\"outcome\":\"MAYBE\","
                + "\"reasons\":[],\"decidedAt\":\"2025-07-01T10:00:00Z\"}").getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> codec.read(badId, KycVendorDecision.class)).isInstanceOf(JsonDecodingException.class);
        assertThatThrownBy(() -> codec.read(badOutcome, KycVendorDecision.class))
                .isInstanceOf(JsonDecodingException.class);
    }

    @Test
    void documentUpload_shouldHideTheMrz_andBoundIt() {
        var upload = new KycVendorApi.DocumentUpload("d-1", "PASSPORT", List.of("P<UTOERIKSSON<<ANNA"), "");

        assertThat(upload.toString()).doesNotContain("ERIKSSON");
        assertThatThrownBy(() -> new KycVendorApi.DocumentUpload("d-1", "PASSPORT", List.of("a", "b", "c", "d"), ""))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(KycVendorApi.documentsPath("app-7")).isEqualTo("/v1/applicants/app-7/documents");
        assertThatThrownBy(() -> KycVendorApi.reviewPath("../x")).isInstanceOf(IllegalArgumentException.class);
    }
}
