package io.usdtcustody.functions.onboarding.consent;

import io.usdtcustody.functions.onboarding.customer.Customer;
import io.usdtcustody.functions.onboarding.customer.CustomerService;
import io.usdtcustody.functions.onboarding.consent.port.ConsentStore;
import io.usdtcustody.model.ids.IdGenerator;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Records consent grants and withdrawals (append-only) and tells the current state per consent type. */
public final class ConsentService {
    private final ConsentStore consents;
    private final IdGenerator ids;
    private final Clock clock;

    public ConsentService(ConsentStore consents, IdGenerator ids, Clock clock) {
        this.consents = Objects.requireNonNull(consents, "consents");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Adds a grant or withdrawal of {@code type}, worded as {@code documentVersion}, at the platform's time. */
    public Consent record(Customer customer, ConsentType type, String documentVersion, boolean granted) {
        Consent consent = new Consent(ids.nextId().toString(), type, documentVersion, granted, clock.instant());
        if (!consents.record(customer.tenant(), customer.customerId(), consent)) {
            throw CustomerService.notFound();
        }
        return consent;
    }

    /** The latest record of each type the customer ever decided on, in type order. */
    public List<Consent> current(Customer customer) {
        Map<ConsentType, Consent> latest = new EnumMap<>(ConsentType.class);
        for (Consent consent : consents.history(customer.tenant(), customer.customerId())) {
            latest.put(consent.type(), consent);
        }
        return new ArrayList<>(latest.values());
    }
}
