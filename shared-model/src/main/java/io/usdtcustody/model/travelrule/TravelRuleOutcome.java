package io.usdtcustody.model.travelrule;

/** What the Travel Rule says about one transfer. Stable codes: audit records and events carry them. */
public enum TravelRuleOutcome {
    /** Data is required and missing or incomplete: hold the transfer until it is provided. */
    REQUIRED_MISSING(true),
    /** Data is complete, but the counterparty VASP is not identified: hold for a compliance review. */
    UNKNOWN_COUNTERPARTY_VASP(true),
    /** Data is required and complete, and the counterparty VASP is known. */
    COMPLIANT(false),
    /** No Travel Rule data is required for this transfer. */
    NOT_REQUIRED(false);

    private final boolean holds;

    TravelRuleOutcome(boolean holds) {
        this.holds = holds;
    }

    /** Whether the transfer must wait (withdrawal not signed, deposit not credited to the customer). */
    public boolean holds() {
        return holds;
    }
}
