package io.usdtcustody.model.travelrule.ivms101;

import java.util.Objects;

/** The VASP that sends the transfer (IVMS101 {@code OriginatingVASP}), usually a legal person. */
public record OriginatingVasp(Person originatingVASP) {
    public OriginatingVasp {
        Objects.requireNonNull(originatingVASP, "originatingVASP");
    }
}
