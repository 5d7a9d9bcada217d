package io.usdtcustody.model.travelrule;

/**
 * The Travel Rule threshold table the platform ships with, as JSON so it reads like the deployment tables that
 * replace it ({@link TravelRuleThresholds#fromJson}). Checked against the sources below as of 2025-06-30;
 * laws change, so compliance owns this table and reviews it at least quarterly.
 *
 * <ul>
 *   <li><b>FATF</b> — Recommendation 16 with INR.15 para 7(b) (VASPs, 2019) and INR.16: a de minimis threshold
 *       of at most USD/EUR 1,000; below it the names of originator and beneficiary and the account (wallet
 *       address) are still collected. Applied to jurisdictions the table does not list.</li>
 *   <li><b>EU</b> — Regulation (EU) 2023/1113 (Transfer of Funds Regulation), Art. 14 and 16, applicable from
 *       30 Dec 2024: no threshold for transfers of crypto-assets between CASPs (EUR 1,000 matters only for
 *       self-hosted address verification, Art. 14(5)).</li>
 *   <li><b>US</b> — 31 CFR 1010.410(f) (the BSA "Travel Rule"): transmittals of funds of USD 3,000 or more carry
 *       the transmitter's name, address and account number; FinCEN guidance FIN-2019-G001 §4.2 applies it to
 *       convertible virtual currency. Nothing below.</li>
 *   <li><b>SG</b> — MAS Notice PSN02, para 13 (value transfers by DPT service providers): full originator data
 *       when the value exceeds SGD 1,500; name and account number of both parties for any amount.</li>
 *   <li><b>CH</b> — AMLA and AMLO-FINMA Art. 10, FINMA Guidance 02/2019 "Payments on the blockchain": FINMA
 *       applies the travel rule to virtual assets without a de minimis in practice (the CHF 1,000 figure in
 *       some summaries exempts only narrowly defined cases), so 0 is applied.</li>
 *   <li><b>GB</b> — Money Laundering Regulations 2017, Part 7A (regs 64C-64J, inserted by SI 2022/860, in force
 *       1 Sep 2023): full data from EUR 1,000 (the UK rule is written in euro); below it names and account
 *       numbers.</li>
 *   <li><b>CA</b> — PCMLTFR (SOR/2002-184) s. 124.1, in force 1 Jun 2021: virtual currency transfers of
 *       CAD 1,000 or more include the originator's name, address and account number. Nothing below.</li>
 *   <li><b>JP</b> — Act on Prevention of Transfer of Criminal Proceeds Art. 10-5 (amended 2022, in force
 *       1 Jun 2023): notification of originator and beneficiary data for crypto-asset transfers. Public
 *       summaries disagree on a threshold (JVCEA's earlier self-regulatory rule used JPY 100,000); the statute
 *       as we read it has none, so 0 is applied — the conservative choice until counsel confirms.</li>
 * </ul>
 */
final class DefaultThresholds {
    static final String JSON = """
            {
              "asOf": "2025-06-30",
              "fallbackJurisdiction": "FATF",
              "rules": [
                {"jurisdiction": "FATF", "name": "FATF Recommendation 16 baseline", "currency": "USD",
                 "threshold": "1000", "boundary": "AT_OR_ABOVE", "belowThreshold": "NAMES_AND_ACCOUNTS",
                 "profile": "FATF_R16",
                 "source": "FATF R.16, INR.15 para 7(b) and INR.16: de minimis USD/EUR 1,000; names and account below"},
                {"jurisdiction": "EU", "name": "European Union", "currency": "EUR",
                 "threshold": "0", "boundary": "AT_OR_ABOVE", "belowThreshold": "NONE", "profile": "EU_TFR",
                 "source": "Regulation (EU) 2023/1113 Art. 14 and 16, applicable 2024-12-30: no threshold"},
                {"jurisdiction": "US", "name": "United States", "currency": "USD",
                 "threshold": "3000", "boundary": "AT_OR_ABOVE", "belowThreshold": "NONE",
                 "profile": "NAME_ADDRESS_ACCOUNT",
                 "source": "31 CFR 1010.410(f); FinCEN FIN-2019-G001 s. 4.2: USD 3,000 or more"},
                {"jurisdiction": "SG", "name": "Singapore", "currency": "SGD",
                 "threshold": "1500", "boundary": "ABOVE", "belowThreshold": "NAMES_AND_ACCOUNTS",
                 "profile": "FATF_R16",
                 "source": "MAS Notice PSN02 para 13: full data above SGD 1,500, names and account numbers always"},
                {"jurisdiction": "CH", "name": "Switzerland", "currency": "CHF",
                 "threshold": "0", "boundary": "AT_OR_ABOVE", "belowThreshold": "NONE", "profile": "FATF_R16",
                 "source": "AMLO-FINMA Art. 10; FINMA Guidance 02/2019: applied without threshold"},
                {"jurisdiction": "GB", "name": "United Kingdom", "currency": "EUR",
                 "threshold": "1000", "boundary": "AT_OR_ABOVE", "belowThreshold": "NAMES_AND_ACCOUNTS",
                 "profile": "FATF_R16",
                 "source": "MLR 2017 Part 7A regs 64C-64J (SI 2022/860), in force 2023-09-01: EUR 1,000"},
                {"jurisdiction": "CA", "name": "Canada", "currency": "CAD",
                 "threshold": "1000", "boundary": "AT_OR_ABOVE", "belowThreshold": "NONE",
                 "profile": "NAME_ADDRESS_ACCOUNT",
                 "source": "PCMLTFR SOR/2002-184 s. 124.1, in force 2021-06-01: CAD 1,000 or more"},
                {"jurisdiction": "JP", "name": "Japan", "currency": "JPY",
                 "threshold": "0", "boundary": "AT_OR_ABOVE", "belowThreshold": "NONE", "profile": "FATF_R16",
                 "source": "APTCP Art. 10-5, in force 2023-06-01: no statutory threshold as read; to confirm"}
              ]
            }
            """;

    private DefaultThresholds() {
    }
}
