package io.usdtcustody.custody.policy;

import io.usdtcustody.custody.policy.rule.PolicyRule;
import io.usdtcustody.custody.policy.rule.SanctionsRule;
import io.usdtcustody.custody.policy.rule.WhitelistRule;
import io.usdtcustody.model.json.JsonCodec;
import io.usdtcustody.model.json.JsonDecodingException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A versioned policy: an ordered list of rules written as JSON data (see {@code policy/default-policy.json}).
 * The version ({@code 2026-11-25.1}: a date and a revision) is part of what approvers sign, so any change to a
 * policy must get a new version. Invariant checked on load: rule 0 is an enabled {@code sanctions} rule, so
 * no other rule's refusal can hide an attempt to pay a sanctioned address from the audit log.
 */
public record PolicyDocument(String version, String description, List<PolicyRule> rules) {
    /** The policy custody runs with unless configured otherwise. */
    public static final String DEFAULT_RESOURCE = "policy/default-policy.json";
    public static final Pattern VERSION = Pattern.compile("\\d{4}-\\d{2}-\\d{2}\\.\\d{1,4}");
    public static final int MAX_RULES = 64;

    public PolicyDocument {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(description, "description");
        rules = List.copyOf(rules);
        if (!VERSION.matcher(version).matches()) {
            throw new InvalidPolicyException("version must look like 2026-11-25.1 (date and revision)");
        }
        if (rules.isEmpty() || rules.size() > MAX_RULES) {
            throw new InvalidPolicyException("a policy has 1.." + MAX_RULES + " rules");
        }
        if (!(rules.get(0) instanceof SanctionsRule sanctions) || !sanctions.enabled()) {
            throw new InvalidPolicyException("rule 0 must be an enabled sanctions rule");
        }
    }

    /** Decodes a document strictly: unknown types or fields, missing fields and bad amounts are refused. */
    public static PolicyDocument parse(byte[] json, JsonCodec codec) {
        PolicyJson.Document document;
        try {
            document = codec.read(json, PolicyJson.Document.class);
        } catch (JsonDecodingException e) {
            throw new InvalidPolicyException("the policy document is not valid: " + e.getMessage(), e);
        }
        if (document.rules() == null || document.rules().size() > MAX_RULES) {
            throw new InvalidPolicyException("a policy has 1.." + MAX_RULES + " rules");
        }
        List<PolicyRule> rules = new ArrayList<>();
        for (int i = 0; i < document.rules().size(); i++) {
            rules.add(RuleDecoder.decode(document.rules().get(i), i, codec));
        }
        return new PolicyDocument(document.version(), document.description(), rules);
    }

    /** Loads a document from the class path, e.g. {@link #DEFAULT_RESOURCE}. */
    public static PolicyDocument load(String resource, JsonCodec codec) {
        try (InputStream in = PolicyDocument.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new InvalidPolicyException("no policy document on the class path at " + resource);
            }
            return parse(in.readAllBytes(), codec);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read policy document " + resource, e);
        }
    }

    public static PolicyDocument loadDefault(JsonCodec codec) {
        return load(DEFAULT_RESOURCE, codec);
    }

    /** The cooling-off period of the first enabled whitelist rule, if the policy enforces a whitelist. */
    public Optional<Duration> whitelistCoolingOff() {
        return rules.stream().filter(r -> r instanceof WhitelistRule && r.enabled())
                .map(r -> ((WhitelistRule) r).coolingOff()).findFirst();
    }

    /** Whether any enabled rule reads usage, so the engine must record it. */
    public boolean tracksUsage() {
        return rules.stream().anyMatch(r -> r.enabled() && r.dependsOnUsage());
    }
}
