package io.usdtcustody.model.travelrule.ivms101;

import java.util.List;

/** The intermediary VASPs of a transfer, in order (IVMS101 {@code TransferPath}). */
public record TransferPath(List<IntermediaryVasp> transferPath) {
    public TransferPath {
        transferPath = Lists.copy(transferPath);
    }
}
