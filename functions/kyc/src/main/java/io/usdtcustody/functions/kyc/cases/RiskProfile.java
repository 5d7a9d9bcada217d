package io.usdtcustody.functions.kyc.cases;

import io.usdtcustody.functions.kyc.risk.PepStatus;
import io.usdtcustody.functions.kyc.risk.Product;
import io.usdtcustody.functions.kyc.risk.VolumeBand;
import io.usdtcustody.model.travelrule.ivms101.IsoCountries;
import java.util.Objects;

/**
 * What the customer declared for the risk assessment when the case was opened: country of residence (ISO
 * 3166-1 alpha-2), PEP status, product and expected monthly volume. Nationality comes from the identity
 * document, sanctions status from the screen, so neither is declared.
 */
public record RiskProfile(String countryOfResidence, PepStatus pep, Product product, VolumeBand expectedMonthlyVolume) {
    public RiskProfile {
        if (!IsoCountries.isAssigned(countryOfResidence)) {
            throw new IllegalArgumentException("countryOfResidence must be an ISO 3166-1 alpha-2 code");
        }
        Objects.requireNonNull(pep, "pep");
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(expectedMonthlyVolume, "expectedMonthlyVolume");
    }
}
