package io.usdtcustody.custody.address.adapter;

import io.usdtcustody.custody.address.DepositAddress;
import io.usdtcustody.custody.address.port.AccountXpubs;
import io.usdtcustody.custody.address.port.DepositAddresses;
import io.usdtcustody.model.errors.ErrorCode;
import io.usdtcustody.model.errors.PlatformException;
import io.usdtcustody.model.hd.DerivationException;
import io.usdtcustody.model.hd.ExtendedKey;
import io.usdtcustody.model.money.Chain;
import io.usdtcustody.model.tenancy.TenantId;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.LongFunction;

/**
 * Deposit addresses in memory, for unit tests: indexes from a counter per (tenant, chain); addresses either
 * derived from the tenant's account xpub ({@code xpub/0/index}, as the DynamoDB adapter does) or, for tests that
 * need no keys, from a given function (chain, index) → address. Indexes that BIP32 declares invalid and
 * addresses that are already someone's are skipped, as in the DynamoDB adapter.
 */
public final class InMemoryDepositAddresses implements DepositAddresses {
    private static final int MAX_INDEXES_PER_CALL = 16;

    private final AccountXpubs xpubs;
    private final AddressDerivation derivation;
    private final BiFunction<Chain, Long, String> fixedDerivation;
    private final Map<String, DepositAddress> byCustomer = new HashMap<>();
    private final Map<String, DepositAddress> byAddress = new HashMap<>();
    private final Map<String, Long> nextIndex = new HashMap<>();

    /** Addresses from {@code derive} (chain, index), without keys; lookups of non-address strings match exactly. */
    public InMemoryDepositAddresses(BiFunction<Chain, Long, String> derive) {
        this(null, null, Objects.requireNonNull(derive, "derive"));
    }

    /** Addresses derived from the account xpubs registered in {@code xpubs}, like the production adapter. */
    public InMemoryDepositAddresses(AccountXpubs xpubs) {
        this(xpubs, AddressDerivation.bip44External());
    }

    InMemoryDepositAddresses(AccountXpubs xpubs, AddressDerivation derivation) {
        this(Objects.requireNonNull(xpubs, "xpubs"), Objects.requireNonNull(derivation, "derivation"), null);
    }

    private InMemoryDepositAddresses(AccountXpubs xpubs, AddressDerivation derivation,
                                     BiFunction<Chain, Long, String> fixedDerivation) {
        this.xpubs = xpubs;
        this.derivation = derivation;
        this.fixedDerivation = fixedDerivation;
    }

    @Override
    public synchronized DepositAddress addressFor(TenantId tenant, String customerId, Chain chain) {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(chain, "chain");
        DepositAddressRules.requireCustomerId(customerId);
        DepositAddress existing = byCustomer.get(customerKey(tenant, customerId, chain));
        if (existing != null) {
            return existing;
        }
        LongFunction<String> addressAt = addressesOf(tenant, chain);
        for (int tries = 0; tries < MAX_INDEXES_PER_CALL; tries++) {
            long index = nextIndex.merge(tenant + "/" + chain, 1L, Long::sum) - 1;
            if (index > DepositAddressRules.MAX_INDEX) {
                throw DepositAddressRules.indexSpaceExhausted(tenant, chain);
            }
            Optional<String> address = derive(addressAt, index);
            if (address.isPresent() && !byAddress.containsKey(addressKey(chain, address.get()))) {
                DepositAddress assigned = new DepositAddress(tenant, customerId, chain, address.get(), index);
                register(assigned);
                return assigned;
            }
        }
        throw new PlatformException(ErrorCode.INTERNAL, "could not allocate a deposit address");
    }

    /** Registers an address directly (tests that need a known address, e.g. a funded local-chain account). */
    public synchronized void register(DepositAddress address) {
        byCustomer.put(customerKey(address.tenant(), address.customerId(), address.chain()), address);
        byAddress.put(addressKey(address.chain(), address.address()), address);
    }

    /** Normalises a valid address first; anything else is matched as given (for keyless test addresses). */
    @Override
    public synchronized Optional<DepositAddress> lookup(Chain chain, String normalizedAddress) {
        Objects.requireNonNull(chain, "chain");
        if (normalizedAddress == null) {
            return Optional.empty();
        }
        String address = DepositAddressRules.normalized(chain, normalizedAddress).orElse(normalizedAddress);
        return Optional.ofNullable(byAddress.get(addressKey(chain, address)));
    }

    private LongFunction<String> addressesOf(TenantId tenant, Chain chain) {
        if (fixedDerivation != null) {
            return index -> fixedDerivation.apply(chain, index);
        }
        ExtendedKey xpub = DepositAddressRules.requireAccountXpub(xpubs.find(tenant, chain)
                .orElseThrow(() -> DepositAddressRules.xpubNotFound(tenant, chain)));
        return index -> derivation.address(xpub, chain, Math.toIntExact(index));
    }

    private static Optional<String> derive(LongFunction<String> addressAt, long index) {
        try {
            return Optional.of(addressAt.apply(index));
        } catch (DerivationException e) {
            if (e.reason() == DerivationException.Reason.INVALID_CHILD) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private static String customerKey(TenantId tenant, String customerId, Chain chain) {
        return tenant + "/" + chain + "/" + customerId;
    }

    private static String addressKey(Chain chain, String address) {
        return chain + "/" + address;
    }
}
