package io.usdtcustody.model.travelrule;

/** Whether a threshold amount itself is inside the rule ("USD 3,000 or more") or not ("exceeding SGD 1,500"). */
public enum ThresholdBoundary {
    AT_OR_ABOVE,
    ABOVE;

    /** Whether {@code amount} reaches {@code threshold} under this boundary (both in the same minor units). */
    public boolean reaches(long amount, long threshold) {
        return this == AT_OR_ABOVE ? amount >= threshold : amount > threshold;
    }
}
