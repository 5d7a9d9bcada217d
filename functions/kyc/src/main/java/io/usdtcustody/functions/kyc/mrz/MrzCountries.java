package io.usdtcustody.functions.kyc.mrz;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The codes an MRZ may carry for an issuing state or a nationality (ICAO 9303 Part 3, section 5): the ISO
 * 3166-1 alpha-3 codes, embedded so every JVM agrees, plus the codes ICAO adds: {@code D} for Germany; the
 * British {@code GBD GBN GBO GBP GBS}; the United Nations {@code UNO UNA UNK}; {@code EUE} (European Union);
 * {@code RKS} (Kosovo); organisations ({@code XBA XCC XCE XCO XEC XES XIM XMP XOM XPO XDC}); stateless and
 * refugee persons ({@code XXA XXB XXC}) and unspecified ({@code XXX}); and {@code UTO}, the fictional Utopia of
 * the ICAO specimens, so specimens parse (a real customer with {@code UTO} is refused by KYC, not here).
 */
public final class MrzCountries {
    private static final Map<String, String> TO_ALPHA_2 = new HashMap<>();
    private static final Map<String, String> ICAO_EXTRA = Map.ofEntries(
            Map.entry("D", "DE"), Map.entry("GBD", "GB"), Map.entry("GBN", "GB"), Map.entry("GBO", "GB"),
            Map.entry("GBP", "GB"), Map.entry("GBS", "GB"), Map.entry("UNO", ""), Map.entry("UNA", ""),
            Map.entry("UNK", ""), Map.entry("EUE", ""), Map.entry("RKS", ""), Map.entry("XBA", ""),
            Map.entry("XCC", ""), Map.entry("XCE", ""), Map.entry("XCO", ""), Map.entry("XEC", ""),
            Map.entry("XES", ""), Map.entry("XIM", ""), Map.entry("XMP", ""), Map.entry("XOM", ""),
            Map.entry("XPO", ""), Map.entry("XDC", ""), Map.entry("XXA", ""), Map.entry("XXB", ""),
            Map.entry("XXC", ""), Map.entry("XXX", ""), Map.entry("UTO", ""));

    /** ISO 3166-1 alpha-3 = alpha-2. */
    private static final String ISO = ""
            + "AND=AD ARE=AE AFG=AF ATG=AG AIA=AI ALB=AL ARM=AM AGO=AO ATA=AQ ARG=AR ASM=AS AUT=AT AUS=AU ABW=AW "
            + "ALA=AX AZE=AZ BIH=BA BRB=BB BGD=BD BEL=BE BFA=BF BGR=BG BHR=BH BDI=BI BEN=BJ BLM=BL BMU=BM BRN=BN "
            + "BOL=BO BES=BQ BRA=BR BHS=BS BTN=BT BVT=BV BWA=BW BLR=BY BLZ=BZ CAN=CA CCK=CC COD=CD CAF=CF COG=CG "
            + "CHE=CH CIV=CI COK=CK CHL=CL CMR=CM CHN=CN COL=CO CRI=CR CUB=CU CPV=CV CUW=CW CXR=CX CYP=CY CZE=CZ "
            + "DEU=DE DJI=DJ DNK=DK DMA=DM DOM=DO DZA=DZ ECU=EC EST=EE EGY=EG ESH=EH ERI=ER ESP=ES ETH=ET FIN=FI "
            + "FJI=FJ FLK=FK FSM=FM FRO=FO FRA=FR GAB=GA GBR=GB GRD=GD GEO=GE GUF=GF GGY=GG GHA=GH GIB=GI GRL=GL "
            + "GMB=GM GIN=GN GLP=GP GNQ=GQ GRC=GR SGS=GS GTM=GT GUM=GU GNB=GW GUY=GY HKG=HK HMD=HM HND=HN HRV=HR "
            + "HTI=HT HUN=HU IDN=ID IRL=IE ISR=IL IMN=IM IND=IN IOT=IO IRQ=IQ IRN=IR ISL=IS ITA=IT JEY=JE JAM=JM "
            + "JOR=JO JPN=JP KEN=KE KGZ=KG KHM=KH KIR=KI COM=KM KNA=KN PRK=KP KOR=KR KWT=KW CYM=KY KAZ=KZ LAO=LA "
            + "LBN=LB LCA=LC LIE=LI LKA=LK LBR=LR LSO=LS LTU=LT LUX=LU LVA=LV LBY=LY MAR=MA MCO=MC MDA=MD MNE=ME "
            + "MAF=MF MDG=MG MHL=MH MKD=MK MLI=ML MMR=MM MNG=MN MAC=MO MNP=MP MTQ=MQ MRT=MR MSR=MS MLT=MT MUS=MU "
            + "MDV=MV MWI=MW MEX=MX MYS=MY MOZ=MZ NAM=NA NCL=NC NER=NE NFK=NF NGA=NG NIC=NI NLD=NL NOR=NO NPL=NP "
            + "NRU=NR NIU=NU NZL=NZ OMN=OM PAN=PA PER=PE PYF=PF PNG=PG PHL=PH PAK=PK POL=PL SPM=PM PCN=PN PRI=PR "
            + "PSE=PS PRT=PT PLW=PW PRY=PY QAT=QA REU=RE ROU=RO SRB=RS RUS=RU RWA=RW SAU=SA SLB=SB SYC=SC SDN=SD "
            + "SWE=SE SGP=SG SHN=SH SVN=SI SJM=SJ SVK=SK SLE=SL SMR=SM SEN=SN SOM=SO SUR=SR SSD=SS STP=ST SLV=SV "
            + "SXM=SX SYR=SY SWZ=SZ TCA=TC TCD=TD ATF=TF TGO=TG THA=TH TJK=TJ TKL=TK TLS=TL TKM=TM TUN=TN TON=TO "
            + "TUR=TR TTO=TT TUV=TV TWN=TW TZA=TZ UKR=UA UGA=UG UMI=UM USA=US URY=UY UZB=UZ VAT=VA VCT=VC VEN=VE "
            + "VGB=VG VIR=VI VNM=VN VUT=VU WLF=WF WSM=WS YEM=YE MYT=YT ZAF=ZA ZMB=ZM ZWE=ZW ";

    static {
        for (String pair : ISO.trim().split(" +")) {
            TO_ALPHA_2.put(pair.substring(0, 3), pair.substring(4));
        }
        ICAO_EXTRA.forEach(TO_ALPHA_2::put);
    }

    private MrzCountries() {
    }

    /** Whether an MRZ may carry {@code code} (fillers already removed, e.g. {@code D}, {@code DEU}, {@code GBD}). */
    public static boolean isKnown(String code) {
        return code != null && TO_ALPHA_2.containsKey(code);
    }

    /**
     * The ISO 3166-1 alpha-2 country behind an MRZ code ({@code DEU} and {@code D} → {@code DE}, {@code GBD} →
     * {@code GB}); empty for organisations, stateless and refugee codes, Kosovo and Utopia.
     */
    public static Optional<String> toAlpha2(String code) {
        String alpha2 = code == null ? null : TO_ALPHA_2.get(code);
        return alpha2 == null || alpha2.isEmpty() ? Optional.empty() : Optional.of(alpha2);
    }
}
