package io.usdtcustody.functions.kyc.risk;

import io.usdtcustody.model.travelrule.ivms101.IsoCountries;
import java.util.List;
import java.util.Objects;

/**
 * What a customer's risk is assessed from: country of residence and nationalities (ISO 3166-1 alpha-2; from
 * the profile and the identity document, e.g. {@code MrzDocument#nationalityAlpha2()}), PEP status, product,
 * declared monthly volume and the sanctions screening status. Holds no name or document data.
 */
public record RiskFactors(String countryOfResidence, List<String> nationalities, PepStatus pep, Product product,
                          VolumeBand expectedMonthlyVolume, ScreeningStatus screening) {
    public static final int MAX_NATIONALITIES = 5;

    public RiskFactors {
        Objects.requireNonNull(pep, "pep");
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(expectedMonthlyVolume, "expectedMonthlyVolume");
        Objects.requireNonNull(screening, "screening");
        if (!IsoCountries.isAssigned(countryOfResidence)) {
            throw new IllegalArgumentException("countryOfResidence must be an ISO 3166-1 alpha-2 code");
        }
        nationalities = List.copyOf(Objects.requireNonNull(nationalities, "nationalities"));
        if (nationalities.isEmpty() || nationalities.size() > MAX_NATIONALITIES
                || !nationalities.stream().allMatch(IsoCountries::isAssigned)) {
            throw new IllegalArgumentException("nationalities must be 1.." + MAX_NATIONALITIES
                    + " ISO 3166-1 alpha-2 codes");
        }
    }
}
