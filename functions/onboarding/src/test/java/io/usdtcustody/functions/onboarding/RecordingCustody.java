package io.usdtcustody.functions.onboarding;

import io.usdtcustody.functions.onboarding.custody.Balance;
import io.usdtcustody.functions.onboarding.custody.DepositAddress;
import io.usdtcustody.functions.onboarding.custody.port.CustodyAccounts;
import io.usdtcustody.model.errors.PlatformException;
import io.usdtcustody.model.money.Chain;
import io.usdtcustody.model.tenancy.TenantId;
import java.util.ArrayList;
import java.util.List;

/** Custody for unit tests: answers like custody (one address per customer and chain), records who asked. */
public final class RecordingCustody implements CustodyAccounts {
    public final List<String> calls = new ArrayList<>();
    private PlatformException failure;

    public void failWith(PlatformException failure) {
        this.failure = failure;
    }

    @Override
    public synchronized DepositAddress depositAddress(TenantId tenant, String customerId, Chain chain, String correlationId) {
        calls.add("address " + tenant + " " + customerId + " " + chain);
        if (failure != null) {
            throw failure;
        }
        return new DepositAddress(customerId, chain, "0x" + Integer.toHexString((tenant + customerId + chain).hashCode()));
    }

    @Override
    public synchronized List<Balance> balances(TenantId tenant, String customerId, String correlationId) {
        calls.add("balances " + tenant + " " + customerId);
        if (failure != null) {
            throw failure;
        }
        return new ArrayList<>(List.of(new Balance("USDT", "ETHEREUM", "12.5", "0"), new Balance("USDT", "TRON", "0", "0")));
    }
}
