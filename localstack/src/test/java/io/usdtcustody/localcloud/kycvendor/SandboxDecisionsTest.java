package io.usdtcustody.localcloud.kycvendor;

import static org.assertj.core.api.Assertions.assertThat;

import io.usdtcustody.model.kyc.KycVendorApi.DocumentUpload;
import io.usdtcustody.model.kyc.VendorOutcome;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SandboxDecisionsTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 7, 1);
    /** The ICAO 9303 Part 4 specimen, as printed (expired in 2012). */
    static final List<String> ICAO_SPECIMEN = List.of("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
            "L898902C36UTO7408122F1204159ZE184226B<<<<<10");
    /** The same holder on a Swedish passport valid until 2034 (check digits computed independently). */
    static final List<String> VALID_PASSPORT = List.of("P<SWEERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
            "L898902C36SWE7408122F3404159ZE184226B<<<<<16");
    static final List<String> MARKED_PASSPORT = List.of("P<SWESANDBOXREJECT<<ANNA<<<<<<<<<<<<<<<<<<<<",
            "L898902C36SWE7408122F3404159ZE184226B<<<<<16");
    static final List<String> VALID_ID_CARD = List.of("I<UTOD231458907<<<<<<<<<<<<<<<",
            "7408122F3404159UTO<<<<<<<<<<<2", "ERIKSSON<<ANNA<MARIA<<<<<<<<<<");

    @Test
    void decide_shouldApprove_documentsWhoseZonesHoldAndAreValid() {
        assertThat(SandboxDecisions.decide(List.of(passport(VALID_PASSPORT), proofOfAddress()), TODAY))
                .isEqualTo(new SandboxDecisions.Verdict(VendorOutcome.APPROVED, "MRZ_VALID"));
        assertThat(SandboxDecisions.decide(List.of(passport(VALID_ID_CARD)), TODAY).outcome())
                .isEqualTo(VendorOutcome.APPROVED);
    }

    @Test
    void decide_shouldReject_anExpiredSpecimen_aBrokenCheckDigit_theMarker_andNoIdentityDocument() {
        String broken = VALID_PASSPORT.get(1).substring(0, 9) + "0" + VALID_PASSPORT.get(1).substring(10);

        assertThat(SandboxDecisions.decide(List.of(passport(ICAO_SPECIMEN)), TODAY).reason())
                .isEqualTo("DOCUMENT_EXPIRED");
        assertThat(SandboxDecisions.decide(List.of(passport(List.of(VALID_PASSPORT.get(0), broken))), TODAY).reason())
                .isEqualTo("MRZ_INVALID");
        assertThat(SandboxDecisions.decide(List.of(passport(MARKED_PASSPORT)), TODAY).reason())
                .isEqualTo("SANDBOX_REJECT_MARKER");
        assertThat(SandboxDecisions.decide(List.of(proofOfAddress()), TODAY).reason())
                .isEqualTo("NO_IDENTITY_DOCUMENT");
    }

    @Test
    void digit_shouldMatchTheIcaoWorkedExamples() {
        assertThat(SandboxMrz.digit("L898902C3")).isEqualTo(6);
        assertThat(SandboxMrz.digit("740812")).isEqualTo(2);
        assertThat(SandboxMrz.digit("120415")).isEqualTo(9);
    }

    static DocumentUpload passport(List<String> mrz) {
        return new DocumentUpload("d-" + mrz.hashCode(), "PASSPORT", mrz, "");
    }

    static DocumentUpload proofOfAddress() {
        return new DocumentUpload("d-poa", "PROOF_OF_ADDRESS", List.of(), "uploads/acme/alice/poa.pdf");
    }
}
