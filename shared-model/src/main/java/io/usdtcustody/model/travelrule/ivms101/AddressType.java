package io.usdtcustody.model.travelrule.ivms101;

/** IVMS101 {@code AddressTypeCode}: what an address is used for. */
public enum AddressType implements Ivms101Code {
    /** Residential address. */
    HOME,
    /** Business address. */
    BIZZ,
    /** Geographic address: where the person (or registered office) physically is. */
    GEOG;

    @Override
    public String code() {
        return name();
    }
}
