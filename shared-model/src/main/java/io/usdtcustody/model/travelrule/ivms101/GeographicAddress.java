package io.usdtcustody.model.travelrule.ivms101;

import java.util.List;
import java.util.Objects;

/**
 * A postal address (IVMS101 {@code Address}). Either structured ({@code streetName} with {@code buildingNumber}
 * or {@code buildingName}) or free {@code addressLine}s (at most 7), always with {@code townName} and an
 * ISO 3166-1 alpha-2 {@code country}. Optional parts are {@code null} when absent.
 */
public record GeographicAddress(
        AddressType addressType,
        String department,
        String subDepartment,
        String streetName,
        String buildingNumber,
        String buildingName,
        String floor,
        String postBox,
        String room,
        String postCode,
        String townName,
        String townLocationName,
        String districtName,
        String countrySubDivision,
        List<String> addressLine,
        String country) {

    public GeographicAddress {
        Objects.requireNonNull(addressType, "addressType");
        Objects.requireNonNull(townName, "townName");
        Objects.requireNonNull(country, "country");
        addressLine = Lists.copy(addressLine);
    }

    /** The common structured form: street, building number, post code, town and country. */
    public static GeographicAddress structured(AddressType type, String streetName, String buildingNumber,
            String postCode, String townName, String country) {
        return new GeographicAddress(type, null, null, streetName, buildingNumber, null, null, null, null, postCode,
                townName, null, null, null, List.of(), country);
    }

    /** The free-text form: address lines, town and country. */
    public static GeographicAddress lines(AddressType type, List<String> addressLine, String townName,
            String country) {
        return new GeographicAddress(type, null, null, null, null, null, null, null, null, null, townName, null,
                null, null, addressLine, country);
    }
}
