package io.usdtcustody.custody.policy;

/**
 * Stable reason codes of policy decisions. They reach withdrawal events, API responses and the audit log, and
 * partners may switch on them: add codes, never rename one.
 */
public final class PolicyReasons {
    public static final String SANCTIONED_ADDRESS = "SANCTIONED_ADDRESS";
    public static final String DESTINATION_NOT_WHITELISTED = "DESTINATION_NOT_WHITELISTED";
    public static final String DESTINATION_COOLING_OFF = "DESTINATION_COOLING_OFF";
    public static final String LIMIT_PER_TRANSACTION = "LIMIT_PER_TRANSACTION";
    public static final String LIMIT_DAILY_CUSTOMER = "LIMIT_DAILY_CUSTOMER";
    public static final String LIMIT_DAILY_TENANT = "LIMIT_DAILY_TENANT";
    public static final String VELOCITY = "VELOCITY";
    public static final String APPROVAL_THRESHOLD = "APPROVAL_THRESHOLD";
    public static final String TRAVEL_RULE_DATA_REQUIRED = "TRAVEL_RULE_DATA_REQUIRED";
    /** Travel Rule data is complete, but the beneficiary's VASP is not identified (e.g. a self-hosted wallet). */
    public static final String TRAVEL_RULE_COUNTERPARTY_UNKNOWN = "TRAVEL_RULE_COUNTERPARTY_UNKNOWN";
    /** The policy has no amount for the withdrawal's asset in a rule that needs one: refused, never guessed. */
    public static final String POLICY_NOT_CONFIGURED = "POLICY_NOT_CONFIGURED";

    private PolicyReasons() {
    }
}
