package io.usdtcustody.screening.name;

import java.util.Locale;

/**
 * What kind of party a name belongs to, in FollowTheMoney's words ({@code Person}, {@code Company},
 * {@code Organization}, {@code Vessel}, {@code Airplane}) with {@link #ANY} when the caller does not know.
 * A person's name is never matched to a company's: the rules differ (initials and patronymics matter for
 * people, legal forms are noise for companies), and so does the risk. {@code Company} and
 * {@code Organization} are one family: OFAC lists both as "entity".
 */
public enum Schema {
    ANY(""),
    PERSON("Person"),
    COMPANY("Company"),
    ORGANIZATION("Organization"),
    VESSEL("Vessel"),
    AIRCRAFT("Airplane");

    private final String label;

    Schema(String label) {
        this.label = label;
    }

    /** The FollowTheMoney label ({@code ""} for {@link #ANY}). */
    public String label() {
        return label;
    }

    /**
     * The schema named by {@code text} ({@code Person}, {@code Company}, {@code Organization}, any case; blank
     * is {@link #ANY}). The CLI accepts exactly these.
     *
     * @throws IllegalArgumentException for anything else, naming the accepted values
     */
    public static Schema parseQuerySchema(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "" -> ANY;
            case "person" -> PERSON;
            case "company" -> COMPANY;
            case "organization", "organisation" -> ORGANIZATION;
            default -> throw new IllegalArgumentException(
                    "unknown schema (expected Person, Company, Organization or empty)");
        };
    }

    /** Whether a name of this schema may be compared with one of {@code other}. */
    public boolean compatibleWith(Schema other) {
        return this == ANY || other == ANY || family() == other.family();
    }

    public boolean isPerson() {
        return this == PERSON;
    }

    /** Companies, organisations, vessels and aircraft: names where legal forms are noise. */
    public boolean isLegalEntityLike() {
        return this != PERSON && this != ANY;
    }

    /** The stricter of two compatible schemas (a known schema over {@link #ANY}). */
    public Schema narrowest(Schema other) {
        return this == ANY ? other : this;
    }

    private int family() {
        return switch (this) {
            case PERSON -> 1;
            case COMPANY, ORGANIZATION -> 2;
            case VESSEL -> 3;
            case AIRCRAFT -> 4;
            case ANY -> 0;
        };
    }
}
