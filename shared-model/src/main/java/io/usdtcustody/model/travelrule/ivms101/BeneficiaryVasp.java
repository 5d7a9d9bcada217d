package io.usdtcustody.model.travelrule.ivms101;

import java.util.Objects;

/** The VASP that receives the transfer for the beneficiary (IVMS101 {@code BeneficiaryVASP}). */
public record BeneficiaryVasp(Person beneficiaryVASP) {
    public BeneficiaryVasp {
        Objects.requireNonNull(beneficiaryVASP, "beneficiaryVASP");
    }
}
