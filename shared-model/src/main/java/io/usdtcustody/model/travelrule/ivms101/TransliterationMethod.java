package io.usdtcustody.model.travelrule.ivms101;

/**
 * IVMS101 {@code TransliterationMethodCode}: the script a local name was transliterated from into Latin
 * characters (ISO 15924 based). Carried in {@link PayloadMetadata}. The wire codes are lower case.
 */
public enum TransliterationMethod implements Ivms101Code {
    ARAB, ARAN, ARMN, CYRL, DEVA, GEOR, GREK, HANI, HEBR, KANA, KORE, THAI, OTHR;

    @Override
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
