package io.usdtcustody.custody.audit;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Something custody must be able to prove later: a policy decision, an approval, a signature. {@code type} is a
 * dotted name ({@code policy.decision}, {@code approval.recorded}, {@code signature.created}); {@code subject}
 * is what it is about (a withdrawal id, a key label); {@code details} are flat strings, sorted, never secrets
 * or personal data.
 */
public record AuditRecord(String type, String tenant, String subject, Map<String, String> details) {
    private static final Pattern TYPE = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)+");

    public AuditRecord {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(subject, "subject");
        if (!TYPE.matcher(type).matches()) {
            throw new IllegalArgumentException("an audit type is a dotted lower-case name");
        }
        details = java.util.Collections.unmodifiableMap(new TreeMap<>(details));
    }
}
