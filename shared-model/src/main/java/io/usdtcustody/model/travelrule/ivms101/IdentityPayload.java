package io.usdtcustody.model.travelrule.ivms101;

import java.util.Objects;

/**
 * An IVMS101 identity payload: who sends (originator and originating VASP) and who receives (beneficiary and,
 * when the originating VASP knows it, the beneficiary VASP). {@code transferPath} and
 * {@code payloadMetadata} are optional ({@code null} when absent).
 *
 * <p>This is the data the Travel Rule (FATF Recommendation 16, EU Regulation 2023/1113) makes travel with a
 * virtual-asset transfer. Its JSON form uses the standard's member names; see {@link Ivms101Json}.
 */
public record IdentityPayload(Originator originator, Beneficiary beneficiary, OriginatingVasp originatingVASP,
                              BeneficiaryVasp beneficiaryVASP, TransferPath transferPath,
                              PayloadMetadata payloadMetadata) {
    public IdentityPayload {
        Objects.requireNonNull(originator, "originator");
        Objects.requireNonNull(beneficiary, "beneficiary");
        Objects.requireNonNull(originatingVASP, "originatingVASP");
    }

    /** The payload with the four entities and neither transfer path nor metadata. */
    public static IdentityPayload of(Originator originator, Beneficiary beneficiary, OriginatingVasp originatingVasp,
            BeneficiaryVasp beneficiaryVasp) {
        return new IdentityPayload(originator, beneficiary, originatingVasp, beneficiaryVasp, null, null);
    }
}
