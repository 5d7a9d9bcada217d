package io.usdtcustody.custody.policy.port;

import io.usdtcustody.custody.withdrawal.Withdrawal;
import java.util.Objects;

/**
 * Whether a withdrawal's Travel Rule data (originator and beneficiary information, FATF R.16 / EU TFR) is
 * complete for the applicable jurisdiction and its counterparty VASP identified. The policy's travel-rule rule
 * asks only for amounts at or above its threshold.
 */
public interface TravelRuleCheck {

    /** The answer: satisfied, or why the withdrawal is held (a stable reason code and a text for people). */
    record Status(boolean satisfied, String reasonCode, String detail) {
        public Status {
            Objects.requireNonNull(reasonCode, "reasonCode");
            Objects.requireNonNull(detail, "detail");
        }

        public static Status satisfied(String detail) {
            return new Status(true, "", detail);
        }

        public static Status held(String reasonCode, String detail) {
            return new Status(false, reasonCode, detail);
        }
    }

    Status check(Withdrawal withdrawal);
}
