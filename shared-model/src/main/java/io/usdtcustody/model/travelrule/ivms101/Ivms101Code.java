package io.usdtcustody.model.travelrule.ivms101;

/**
 * An IVMS101 code list value: the exact text the standard puts on the wire ({@code LEGL}, {@code CCPT},
 * {@code cyrl}), so that reading and writing never depend on Java enum naming.
 */
public interface Ivms101Code {
    /** The value as IVMS101 JSON carries it. */
    String code();
}
