package io.usdtcustody.custody.approval;

import io.usdtcustody.custody.withdrawal.Withdrawal;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The bytes an approver signs: a stable UTF-8 text naming everything that moves money, and the policy version
 * that asked for the approval, one field per line:
 *
 * <pre>
 * usdt-custody-approval/v1
 * &lt;withdrawal id&gt;
 * &lt;tenant&gt;
 * &lt;asset code&gt;
 * &lt;chain&gt;
 * &lt;amount in minor units&gt;
 * &lt;destination, normalised&gt;
 * &lt;policy version&gt;</pre>
 *
 * No field can contain a line break, so the text is unambiguous. A signature over one withdrawal therefore does
 * not verify for another, for a changed amount or destination, or under another policy version.
 */
public final class ApprovalMessage {
    public static final String DOMAIN = "usdt-custody-approval/v1";

    private ApprovalMessage() {
    }

    public static String text(Withdrawal w, String policyVersion) {
        Objects.requireNonNull(policyVersion, "policyVersion");
        var amount = w.request().amount();
        String text = String.join("\n", DOMAIN, w.id().toString(), w.tenant().value(), amount.asset().code(),
                amount.asset().chain().name(), Long.toString(amount.minorUnits()), w.request().destination(),
                policyVersion);
        if (text.chars().filter(c -> c == '\n').count() != 7) {
            throw new IllegalArgumentException("a field of the approval message contains a line break");
        }
        return text;
    }

    public static byte[] bytes(Withdrawal w, String policyVersion) {
        return text(w, policyVersion).getBytes(StandardCharsets.UTF_8);
    }
}
