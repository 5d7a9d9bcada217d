package io.usdtcustody.functions.kyc.risk;

import io.usdtcustody.model.travelrule.ivms101.IsoCountries;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The country lists a risk assessment reads, with the date they were taken from their sources. Lists change
 * three times a year (FATF plenaries) or by delegated act (EU): replace the table, and re-assess customers
 * of the countries that moved; {@code asOf} goes into every assessment so the basis of a decision is on file.
 * Codes are ISO 3166-1 alpha-2.
 */
public record CountryRiskLists(LocalDate asOf, String sources, Set<String> fatfCallForAction,
                               Set<String> fatfIncreasedMonitoring, Set<String> euHighRiskThirdCountries,
                               Set<String> platformProhibited) {

    public CountryRiskLists {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(sources, "sources");
        fatfCallForAction = codes(fatfCallForAction);
        fatfIncreasedMonitoring = codes(fatfIncreasedMonitoring);
        euHighRiskThirdCountries = codes(euHighRiskThirdCountries);
        platformProhibited = codes(platformProhibited);
    }

    /**
     * The lists as of 2025-06-30:
     * <ul>
     *   <li>FATF "High-Risk Jurisdictions subject to a Call for Action" and "Jurisdictions under Increased
     *       Monitoring", public statements of the plenary of 13 June 2025 (fatf-gafi.org): call for action
     *       DPRK, Iran, Myanmar; increased monitoring 24 jurisdictions (Bolivia and the British Virgin Islands
     *       added, Croatia, Mali and Tanzania removed at that plenary).</li>
     *   <li>EU high-risk third countries: Annex of Commission Delegated Regulation (EU) 2016/1675 as amended by
     *       Delegated Regulation (EU) 2024/163 and the amendment the Commission adopted on 10 June 2025 (adding
     *       Algeria, Angola, Côte d'Ivoire, Kenya, Lao PDR, Lebanon, Monaco, Namibia, Nepal, Venezuela; removing
     *       Barbados, Gibraltar, Jamaica, Panama, the Philippines, Senegal, Uganda, the UAE). That amendment
     *       applies only once published in the Official Journal; check its date of application.</li>
     *   <li>Platform policy (not a public list): no business with residents or nationals of North Korea and
     *       Iran (FATF countermeasures, comprehensive UN/US/EU sanctions) or Cuba (comprehensive US embargo,
     *       relevant because the platform screens against OFAC). Regional embargoes (Crimea, the so-called DNR
     *       and LNR) cannot be expressed by country code and are left to address screening.</li>
     * </ul>
     */
    public static CountryRiskLists defaults() {
        return new CountryRiskLists(LocalDate.of(2025, 6, 30),
                "FATF public statements 2025-06-13; EU Delegated Regulation 2016/1675 as amended (2024/163, "
                        + "amendment adopted 2025-06-10); platform policy",
                Set.of("KP", "IR", "MM"),
                Set.of("DZ", "AO", "BO", "BG", "BF", "CM", "CI", "CD", "HT", "KE", "LA", "LB", "MC", "MZ", "NA",
                        "NP", "NG", "ZA", "SS", "SY", "VE", "VN", "VG", "YE"),
                Set.of("AF", "DZ", "AO", "BF", "CM", "CI", "CD", "HT", "KE", "LA", "LB", "ML", "MC", "MZ", "MM",
                        "NA", "NP", "NG", "ZA", "SS", "SY", "TZ", "TT", "VU", "VE", "VN", "YE", "IR", "KP"),
                Set.of("KP", "IR", "CU"));
    }

    /** Every list {@code country} is on; {@code {STANDARD}} when none. */
    public Set<CountryRiskLevel> levels(String country) {
        EnumSet<CountryRiskLevel> levels = EnumSet.noneOf(CountryRiskLevel.class);
        if (euHighRiskThirdCountries.contains(country)) {
            levels.add(CountryRiskLevel.EU_HIGH_RISK_THIRD_COUNTRY);
        }
        if (fatfIncreasedMonitoring.contains(country)) {
            levels.add(CountryRiskLevel.FATF_INCREASED_MONITORING);
        }
        if (fatfCallForAction.contains(country)) {
            levels.add(CountryRiskLevel.FATF_CALL_FOR_ACTION);
        }
        if (platformProhibited.contains(country)) {
            levels.add(CountryRiskLevel.PROHIBITED);
        }
        return levels.isEmpty() ? EnumSet.of(CountryRiskLevel.STANDARD) : levels;
    }

    private static Set<String> codes(Set<String> codes) {
        Objects.requireNonNull(codes, "country list");
        for (String code : codes) {
            if (!IsoCountries.isAssigned(code)) {
                throw new IllegalArgumentException("country lists hold ISO 3166-1 alpha-2 codes only");
            }
        }
        return Set.copyOf(codes);
    }
}
