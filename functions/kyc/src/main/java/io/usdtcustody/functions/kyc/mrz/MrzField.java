package io.usdtcustody.functions.kyc.mrz;

/** The parts of a machine readable zone a problem can be about; stable names for logs and API errors. */
public enum MrzField {
    FORMAT("format"),
    DOCUMENT_CODE("documentCode"),
    ISSUING_STATE("issuingState"),
    NAME("name"),
    DOCUMENT_NUMBER("documentNumber"),
    NATIONALITY("nationality"),
    BIRTH_DATE("birthDate"),
    SEX("sex"),
    EXPIRY_DATE("expiryDate"),
    OPTIONAL_DATA("optionalData"),
    COMPOSITE("composite");

    private final String jsonName;

    MrzField(String jsonName) {
        this.jsonName = jsonName;
    }

    /** The camelCase name used in field errors ({@code mrz.birthDate}). */
    public String jsonName() {
        return jsonName;
    }
}
