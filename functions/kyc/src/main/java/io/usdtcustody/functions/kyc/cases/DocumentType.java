package io.usdtcustody.functions.kyc.cases;

/**
 * The documents a KYC case accepts and the evidence each provides. Identity documents are read through their
 * machine readable zone (ICAO 9303): a passport's TD3, an identity card's TD1 or TD2. The others are referenced
 * by where their file is stored; their images never enter the case store.
 */
public enum DocumentType {
    PASSPORT(Evidence.IDENTITY),
    ID_CARD(Evidence.IDENTITY),
    PROOF_OF_ADDRESS(Evidence.ADDRESS),
    SOURCE_OF_FUNDS(Evidence.SOURCE_OF_FUNDS);

    /** What a document establishes. */
    public enum Evidence {
        IDENTITY,
        ADDRESS,
        SOURCE_OF_FUNDS
    }

    private final Evidence evidence;

    DocumentType(Evidence evidence) {
        this.evidence = evidence;
    }

    public Evidence evidence() {
        return evidence;
    }

    /** Whether the document carries a machine readable zone that must be read and checked. */
    public boolean hasMrz() {
        return evidence == Evidence.IDENTITY;
    }
}
