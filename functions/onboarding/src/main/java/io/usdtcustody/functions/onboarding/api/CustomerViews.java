package io.usdtcustody.functions.onboarding.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.usdtcustody.functions.onboarding.consent.Consent;
import io.usdtcustody.functions.onboarding.custody.Balance;
import io.usdtcustody.functions.onboarding.custody.DepositAddress;
import io.usdtcustody.functions.onboarding.customer.Customer;
import io.usdtcustody.functions.onboarding.profile.PostalAddress;
import io.usdtcustody.functions.onboarding.profile.Profile;
import io.usdtcustody.functions.onboarding.screening.ScreeningHit;
import io.usdtcustody.functions.onboarding.screening.ScreeningResult;
import java.util.List;
import java.util.Optional;

/**
 * The JSON the onboarding API answers with, built member by member (stable shapes, no reflective binding at
 * cold start). Screening details go to partners only: a customer reading itself sees its status, never which
 * list entry it resembles.
 */
final class CustomerViews {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private CustomerViews() {
    }

    static ObjectNode customer(Customer c, Caller caller) {
        ObjectNode view = JSON.objectNode();
        view.put("customerId", c.customerId());
        view.put("type", c.type().name());
        view.put("name", c.name());
        c.dateOfBirth().ifPresent(dob -> view.put("dateOfBirth", dob.toString()));
        view.put("country", c.country());
        view.put("status", c.status().name());
        view.put("createdAt", c.createdAt().toString());
        if (caller.isPartner()) {
            view.set("screening", screening(c.screening()));
        }
        return view;
    }

    static ObjectNode customerWithDetails(Customer c, Caller caller, Optional<Profile> profile, List<Consent> consents) {
        ObjectNode view = customer(c, caller);
        view.set("profile", profile.<JsonNode>map(CustomerViews::profile)
                .orElse(JSON.nullNode()));
        ArrayNode current = view.putArray("consents");
        consents.forEach(consent -> current.add(consent(consent)));
        return view;
    }

    static ObjectNode profile(Profile p) {
        ObjectNode view = JSON.objectNode();
        view.put("version", p.version());
        view.put("email", p.email());
        view.put("phone", p.phone());
        PostalAddress a = p.address();
        ObjectNode address = view.putObject("address");
        address.put("line1", a.line1());
        a.line2().ifPresent(v -> address.put("line2", v));
        address.put("city", a.city());
        a.postalCode().ifPresent(v -> address.put("postalCode", v));
        a.region().ifPresent(v -> address.put("region", v));
        address.put("country", a.country());
        p.nationality().ifPresent(v -> view.put("nationality", v));
        p.occupation().ifPresent(v -> view.put("occupation", v));
        view.put("updatedAt", p.updatedAt().toString());
        return view;
    }

    static ObjectNode consent(Consent c) {
        ObjectNode view = JSON.objectNode();
        view.put("consentId", c.consentId());
        view.put("type", c.type().name());
        view.put("documentVersion", c.documentVersion());
        view.put("granted", c.granted());
        view.put("recordedAt", c.recordedAt().toString());
        return view;
    }

    static ObjectNode depositAddress(DepositAddress address) {
        ObjectNode view = JSON.objectNode();
        view.put("customerId", address.customerId());
        view.put("chain", address.chain().name());
        view.put("address", address.address());
        return view;
    }

    static ObjectNode balances(String customerId, List<Balance> balances) {
        ObjectNode view = JSON.objectNode();
        view.put("customerId", customerId);
        ArrayNode list = view.putArray("balances");
        for (Balance b : balances) {
            list.addObject().put("asset", b.asset()).put("chain", b.chain()).put("available", b.available())
                    .put("held", b.held());
        }
        return view;
    }

    private static ObjectNode screening(ScreeningResult s) {
        ObjectNode view = JSON.objectNode();
        view.put("outcome", s.outcome().name());
        view.put("screenedAt", s.screenedAt().toString());
        view.put("listSource", s.listSource());
        view.put("threshold", s.threshold());
        ArrayNode hits = view.putArray("hits");
        for (ScreeningHit hit : s.hits()) {
            ObjectNode h = hits.addObject();
            h.put("entryId", hit.entryId());
            h.put("primaryName", hit.primaryName());
            h.put("matchedName", hit.matchedName());
            ArrayNode programs = h.putArray("programs");
            hit.programs().forEach(programs::add);
            h.put("score", hit.score());
            h.put("explanation", hit.explanation());
        }
        return view;
    }
}
