package io.usdtcustody.model.travelrule.ivms101;

import java.util.List;
import java.util.Objects;

/**
 * A legal person (a company, or a VASP itself) as IVMS101 describes one. {@code customerNumber} is the
 * VASP's own customer number; absent parts are {@code null}.
 */
public record LegalPerson(LegalPersonName name, List<GeographicAddress> geographicAddress, String customerNumber,
                          NationalIdentification nationalIdentification, String countryOfRegistration) {
    public LegalPerson {
        Objects.requireNonNull(name, "name");
        geographicAddress = Lists.copy(geographicAddress);
    }
}
