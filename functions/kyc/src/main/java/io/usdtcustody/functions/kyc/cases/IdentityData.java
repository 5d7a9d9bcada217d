package io.usdtcustody.functions.kyc.cases;

import io.usdtcustody.functions.kyc.mrz.MrzCountries;
import io.usdtcustody.functions.kyc.mrz.MrzDocument;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What a case keeps of an identity document's machine readable zone, and no more: the name and date of birth
 * (screened against sanctions lists, now and at every list update), the nationality (risk), the issuing state,
 * document number and expiry (the identification record AML rules require to be kept, FATF R.11). Sex, optional
 * data and the raw zone are not stored. {@link #toString()} shows no personal data.
 */
public record IdentityData(String documentCode, String issuingState, String documentNumber, String nationality,
                           String surname, String givenNames, LocalDate birthDate, LocalDate expiryDate) {
    public IdentityData {
        Objects.requireNonNull(documentCode, "documentCode");
        Objects.requireNonNull(issuingState, "issuingState");
        Objects.requireNonNull(documentNumber, "documentNumber");
        Objects.requireNonNull(nationality, "nationality");
        Objects.requireNonNull(surname, "surname");
        Objects.requireNonNull(givenNames, "givenNames");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(expiryDate, "expiryDate");
    }

    public static IdentityData of(MrzDocument document) {
        return new IdentityData(document.documentCode(), document.issuingState(), document.documentNumber(),
                document.nationality(), document.primaryIdentifier(), document.secondaryIdentifier(),
                document.birthDate(), document.expiryDate());
    }

    /** The name as screened: given names, then surname. */
    public String fullName() {
        return givenNames.isEmpty() ? surname : givenNames + " " + surname;
    }

    /** The nationality as ISO 3166-1 alpha-2, when the MRZ code is a country. */
    public Optional<String> nationalityAlpha2() {
        return MrzCountries.toAlpha2(nationality);
    }

    public boolean expiredOn(LocalDate day) {
        return expiryDate.isBefore(day);
    }

    @Override
    public String toString() {
        return "IdentityData[" + documentCode + " issued by " + issuingState + "]";
    }
}
