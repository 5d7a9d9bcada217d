package io.usdtcustody.model.travelrule;

import io.usdtcustody.model.json.JsonCodec;
import io.usdtcustody.model.json.JsonDecodingException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The table of Travel Rule thresholds by jurisdiction, as data: built from JSON (a deployment's own table,
 * loaded by the caller, or {@link #defaults}) so that a change of law is a change of data. {@code asOf} says
 * when the table was last checked against its sources; {@code fallbackJurisdiction} (normally {@code FATF})
 * applies to jurisdictions the table does not list.
 */
public record TravelRuleThresholds(LocalDate asOf, String fallbackJurisdiction, List<JurisdictionRule> rules) {

    public TravelRuleThresholds {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(fallbackJurisdiction, "fallbackJurisdiction");
        rules = List.copyOf(Objects.requireNonNull(rules, "rules"));
        Set<String> seen = new HashSet<>();
        for (JurisdictionRule rule : rules) {
            if (!seen.add(rule.jurisdiction())) {
                throw new IllegalArgumentException("each jurisdiction may appear once in the table");
            }
        }
        if (!seen.contains(fallbackJurisdiction)) {
            throw new IllegalArgumentException("the fallback jurisdiction must be in the table");
        }
    }

    /**
     * Reads a table from JSON with the codec's strict rules (every member present, no unknown members).
     *
     * @throws JsonDecodingException when the JSON is malformed or the table is not valid
     */
    public static TravelRuleThresholds fromJson(byte[] json, JsonCodec codec) {
        return codec.read(json, TravelRuleThresholds.class);
    }

    /** The table shipped with the platform ({@link DefaultThresholds}); review it against {@code asOf}. */
    public static TravelRuleThresholds defaults(JsonCodec codec) {
        return fromJson(DefaultThresholds.JSON.getBytes(StandardCharsets.UTF_8), codec);
    }

    public Optional<JurisdictionRule> find(String jurisdiction) {
        return rules.stream().filter(rule -> rule.jurisdiction().equals(jurisdiction)).findFirst();
    }

    /** The jurisdiction's rule, or the fallback's when the table has none for it. */
    public JurisdictionRule ruleFor(String jurisdiction) {
        return find(jurisdiction).orElseGet(() -> find(fallbackJurisdiction).orElseThrow());
    }
}
