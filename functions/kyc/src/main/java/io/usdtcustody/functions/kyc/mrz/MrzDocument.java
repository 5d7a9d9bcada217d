package io.usdtcustody.functions.kyc.mrz;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What a machine readable zone says, once every check passed. Codes are as printed without fillers
 * ({@code documentCode} {@code P}, {@code ID}; {@code issuingState} and {@code nationality} {@code D},
 * {@code GBR}, {@code UTO}); names are in upper-case Latin letters with spaces where the MRZ had fillers,
 * {@code primaryIdentifier} the surname and {@code secondaryIdentifier} the given names (possibly empty), and
 * {@code nameTruncated} says the name filled its field and may have been cut. Optional data is the TD3 personal
 * number or the TD1/TD2 optional fields, trailing fillers removed.
 *
 * <p>{@link #toString()} shows no personal data, so the record is safe in a log line by accident.
 */
public record MrzDocument(MrzFormat format, String documentCode, String issuingState, String primaryIdentifier,
                          String secondaryIdentifier, boolean nameTruncated, String documentNumber,
                          String nationality, LocalDate birthDate, MrzSex sex, LocalDate expiryDate,
                          String optionalData1, String optionalData2) {

    public MrzDocument {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(documentCode, "documentCode");
        Objects.requireNonNull(issuingState, "issuingState");
        Objects.requireNonNull(primaryIdentifier, "primaryIdentifier");
        Objects.requireNonNull(secondaryIdentifier, "secondaryIdentifier");
        Objects.requireNonNull(documentNumber, "documentNumber");
        Objects.requireNonNull(nationality, "nationality");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(sex, "sex");
        Objects.requireNonNull(expiryDate, "expiryDate");
        Objects.requireNonNull(optionalData1, "optionalData1");
        Objects.requireNonNull(optionalData2, "optionalData2");
    }

    /** Whether the document has expired on {@code today} (it is valid through its expiry date). */
    public boolean expiredOn(LocalDate today) {
        return expiryDate.isBefore(today);
    }

    /** The nationality as an ISO 3166-1 alpha-2 code, when it is a country. */
    public Optional<String> nationalityAlpha2() {
        return MrzCountries.toAlpha2(nationality);
    }

    /** The issuing state as an ISO 3166-1 alpha-2 code, when it is a country. */
    public Optional<String> issuingStateAlpha2() {
        return MrzCountries.toAlpha2(issuingState);
    }

    @Override
    public String toString() {
        return "MrzDocument[" + format + " " + documentCode + " issued by " + issuingState + "]";
    }
}
