package io.usdtcustody.model.travelrule.ivms101;

import java.util.List;
import java.util.Objects;

/**
 * A natural person as IVMS101 describes one. Only {@code name} is required by the record; whether enough
 * identifying data is present for a transfer is decided by the Travel Rule data requirement in force
 * (FATF R.16: address, national identification, customer identification or date and place of birth).
 * {@code customerIdentification} is the VASP's own customer number; absent parts are {@code null}.
 */
public record NaturalPerson(NaturalPersonName name, List<GeographicAddress> geographicAddress,
                            NationalIdentification nationalIdentification, String customerIdentification,
                            DateAndPlaceOfBirth dateAndPlaceOfBirth, String countryOfResidence) {
    public NaturalPerson {
        Objects.requireNonNull(name, "name");
        geographicAddress = Lists.copy(geographicAddress);
    }
}
