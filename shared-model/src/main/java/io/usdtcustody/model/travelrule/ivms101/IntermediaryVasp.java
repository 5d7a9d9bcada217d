package io.usdtcustody.model.travelrule.ivms101;

import java.util.Objects;

/** A VASP the transfer passes through, at position {@code sequence} (from 0) in the {@link TransferPath}. */
public record IntermediaryVasp(Person intermediaryVASP, int sequence) {
    public IntermediaryVasp {
        Objects.requireNonNull(intermediaryVASP, "intermediaryVASP");
    }
}
