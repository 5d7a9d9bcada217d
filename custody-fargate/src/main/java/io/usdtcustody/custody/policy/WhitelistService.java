package io.usdtcustody.custody.policy;

import io.usdtcustody.custody.audit.AuditRecord;
import io.usdtcustody.custody.audit.port.AuditLog;
import io.usdtcustody.custody.policy.port.WhitelistStore;
import io.usdtcustody.model.address.AddressValidation;
import io.usdtcustody.model.address.AddressValidator;
import io.usdtcustody.model.errors.ErrorCode;
import io.usdtcustody.model.errors.FieldError;
import io.usdtcustody.model.errors.PlatformException;
import io.usdtcustody.model.money.Chain;
import io.usdtcustody.model.tenancy.TenantId;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Managing customers' withdrawal whitelists: validates and normalises input (so entries compare equal to
 * withdrawal destinations), binds idempotency keys, and audits every change — adding an address is exactly
 * what an account takeover does first. Audit entries name the chain, never the address or label.
 */
public final class WhitelistService {
    public static final Pattern CUSTOMER_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");
    public static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private final WhitelistStore store;
    private final AuditLog audit;
    private final Clock clock;

    public WhitelistService(WhitelistStore store, AuditLog audit, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    /** Adds a destination; a replay returns the stored entry, a reused key with another payload is a 409. */
    public WhitelistStore.Added add(TenantId tenant, String customerId, String chainName, String address, String label,
                                    String idempotencyKey) {
        requireCustomer(customerId);
        if (idempotencyKey == null || !IDEMPOTENCY_KEY.matcher(idempotencyKey).matches()) {
            throw new PlatformException(ErrorCode.VALIDATION_FAILED,
                    "Idempotency-Key must be 1-128 characters of letters, digits and . _ : -");
        }
        if (label == null || !WhitelistEntry.LABEL.matcher(label).matches()) {
            throw PlatformException.validation("the whitelist entry is not valid",
                    List.of(new FieldError("label", "at most 64 letters, digits, spaces and ._'()-")));
        }
        Chain chain = chain(chainName);
        AddressValidation valid = AddressValidator.validate(chain, address);
        if (!valid.valid()) {
            throw new PlatformException(ErrorCode.INVALID_ADDRESS, valid.reason(),
                    List.of(new FieldError("address", valid.reason())), null);
        }
        WhitelistEntry entry = new WhitelistEntry(tenant, customerId, chain, valid.normalized(), label, clock.instant());
        WhitelistStore.Added added = store.add(entry, idempotencyKey);
        if (!added.samePayload()) {
            throw new PlatformException(ErrorCode.IDEMPOTENCY_KEY_REUSED,
                    "this Idempotency-Key was already used for a different whitelist entry");
        }
        if (!added.replayed()) {
            audit.append(new AuditRecord("whitelist.added", tenant.value(), customerId,
                    Map.of("chain", chain.name(), "addedAt", added.entry().addedAt().toString())));
        }
        return added;
    }

    public List<WhitelistEntry> list(TenantId tenant, String customerId) {
        requireCustomer(customerId);
        return store.list(tenant, customerId);
    }

    /** Removes a destination; removing one that is not there is not an error (DELETE is idempotent). */
    public boolean remove(TenantId tenant, String customerId, String chainName, String address) {
        requireCustomer(customerId);
        Chain chain = chain(chainName);
        AddressValidation valid = AddressValidator.validate(chain, address);
        if (!valid.valid()) {
            return false;
        }
        boolean removed = store.remove(tenant, customerId, chain, valid.normalized());
        if (removed) {
            audit.append(new AuditRecord("whitelist.removed", tenant.value(), customerId, Map.of("chain", chain.name())));
        }
        return removed;
    }

    private static void requireCustomer(String customerId) {
        if (customerId == null || !CUSTOMER_ID.matcher(customerId).matches()) {
            throw new PlatformException(ErrorCode.NOT_FOUND, "no such customer");
        }
    }

    private static Chain chain(String name) {
        try {
            return Chain.valueOf(name == null ? "" : name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw PlatformException.validation("the whitelist entry is not valid",
                    List.of(new FieldError("chain", "must be one of ETHEREUM, TRON, OMNI")));
        }
    }
}
