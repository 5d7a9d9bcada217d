package io.usdtcustody.model.travelrule.ivms101;

import java.util.Set;

/**
 * The ISO 3166-1 alpha-2 country codes, embedded so that validation gives the same answer on every JVM (the
 * JDK's own list changes with its version). The 249 officially assigned codes as of ISO 3166-1:2020 with its
 * later newsletters; no user-assigned codes (XK for Kosovo is not ISO) and no withdrawn ones (AN, CS, YU).
 * IVMS101 also accepts {@code XX} where a country is unknown (constraint C3); see {@link #isValidIvms101}.
 */
public final class IsoCountries {

    /** IVMS101's code for "country not known". */
    public static final String UNKNOWN = "XX";

    private static final Set<String> ALPHA_2 = Set.of((""
            + "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV "
            + "BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES "
            + "ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE "
            + "IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY "
            + "MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU "
            + "NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM "
            + "SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE "
            + "VG VI VN VU WF WS YE YT ZA ZM ZW").split(" "));

    private IsoCountries() {
    }

    /** Whether {@code code} is an assigned ISO 3166-1 alpha-2 code (upper case, exactly). */
    public static boolean isAssigned(String code) {
        return code != null && ALPHA_2.contains(code);
    }

    /** Whether IVMS101 accepts {@code code} as a country: an assigned alpha-2 code or {@code XX}. */
    public static boolean isValidIvms101(String code) {
        return UNKNOWN.equals(code) || isAssigned(code);
    }

    /** All assigned codes (an immutable set). */
    public static Set<String> all() {
        return ALPHA_2;
    }
}
