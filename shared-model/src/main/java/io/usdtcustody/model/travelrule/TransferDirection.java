package io.usdtcustody.model.travelrule;

/**
 * Which side of a transfer the platform is on: {@link #OUTGOING} (a withdrawal: we are the originating VASP and
 * must send the data) or {@link #INCOMING} (a deposit: we are the beneficiary VASP and must receive it).
 */
public enum TransferDirection {
    OUTGOING,
    INCOMING
}
