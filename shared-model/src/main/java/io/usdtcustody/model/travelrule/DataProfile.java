package io.usdtcustody.model.travelrule;

/**
 * What "full" originator data means in a jurisdiction; beneficiary data is always name and account number.
 */
public enum DataProfile {
    /**
     * FATF R.16 (and IVMS101 C1/C4): the originator's name and account number, plus for a natural person one of
     * address, national identification, customer identification, or date and place of birth; for a legal
     * person one of address, national identification or customer number.
     */
    FATF_R16,
    /**
     * US BSA 31 CFR 1010.410(f) and Canada's PCMLTFR: the originator's name, account number and address.
     */
    NAME_ADDRESS_ACCOUNT,
    /**
     * EU TFR 2023/1113 Art. 14(1), read conservatively: the originator's name, account number and address
     * with country, and either both an official document number (national identification) and a customer
     * identification number, or the date and place of birth. A legal person needs its address and a national
     * identification (the LEI where it has one) or customer number.
     */
    EU_TFR
}
