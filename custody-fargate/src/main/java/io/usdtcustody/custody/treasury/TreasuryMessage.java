package io.usdtcustody.custody.treasury;

import java.nio.charset.StandardCharsets;

/**
 * The bytes an approver signs to approve a cold → hot move: a stable UTF-8 text, one field per line, in its own
 * domain so that no withdrawal approval can ever be replayed as a treasury approval or the other way round:
 *
 * <pre>
 * usdt-custody-treasury/v1
 * &lt;move id&gt;
 * &lt;direction&gt;
 * &lt;asset code&gt;
 * &lt;chain&gt;
 * &lt;amount in minor units&gt;
 * &lt;from address&gt;
 * &lt;to address&gt;</pre>
 */
public final class TreasuryMessage {
    public static final String DOMAIN = "usdt-custody-treasury/v1";

    private TreasuryMessage() {
    }

    public static String text(TreasuryMove move) {
        String text = String.join("\n", DOMAIN, move.id().toString(), move.direction().name(),
                move.amount().asset().code(), move.amount().asset().chain().name(),
                Long.toString(move.amount().minorUnits()), move.from(), move.to());
        if (text.chars().filter(c -> c == '\n').count() != 7) {
            throw new IllegalArgumentException("a field of the treasury message contains a line break");
        }
        return text;
    }

    public static byte[] bytes(TreasuryMove move) {
        return text(move).getBytes(StandardCharsets.UTF_8);
    }
}
