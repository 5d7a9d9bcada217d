package io.usdtcustody.custody;

import io.micronaut.runtime.Micronaut;

/** The custody service: funding ledger, deposits, withdrawals, policy, approvals and the HSM signer. */
public final class CustodyApplication {
    private CustodyApplication() {
    }

    public static void main(String[] args) {
        Micronaut.run(CustodyApplication.class, args);
    }
}
