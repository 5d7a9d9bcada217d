package io.usdtcustody.model.hd;

import io.usdtcustody.model.money.Chain;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A BIP32 derivation path: the child numbers to apply, in order, to some starting key. Each step is a raw
 * 32-bit child number; bit 31 set means hardened. Written {@code m/44'/60'/0'/0/5}; {@link #parse} also takes
 * {@code h} or {@code H} as the hardened marker and a path without the leading {@code m/} (e.g. {@code 0/5}),
 * which reads the same: a path is always relative to the key it is applied to.
 *
 * @param steps child numbers, at most {@value #MAX_DEPTH}
 */
public record DerivationPath(List<Integer> steps) {
    /** Bit 31: child numbers at or above it are hardened. */
    public static final int HARDENED_BIT = 0x80000000;
    /** BIP32 serialises depth in one byte. */
    public static final int MAX_DEPTH = 255;
    public static final int MAX_INDEX = Integer.MAX_VALUE;
    /** The empty path, {@code m}. */
    public static final DerivationPath MASTER = new DerivationPath(List.of());

    private static final int BIP44_PURPOSE = 44;
    private static final int MAX_TEXT_LENGTH = MAX_DEPTH * 12;

    public DerivationPath {
        Objects.requireNonNull(steps, "steps");
        steps = List.copyOf(steps);
        if (steps.size() > MAX_DEPTH) {
            throw new InvalidDerivationPathException("more than " + MAX_DEPTH + " steps");
        }
    }

    /**
     * Parses {@code m}, {@code m/44'/60'/0'/0/5}, {@code m/44h/60h/0h/0/5} or the relative form {@code 0/5}.
     * Indices are decimal 0..2147483647 without sign or leading zeros.
     */
    public static DerivationPath parse(String text) {
        if (text == null || text.isEmpty()) {
            throw new InvalidDerivationPathException("path is empty");
        }
        if (text.length() > MAX_TEXT_LENGTH) {
            throw new InvalidDerivationPathException("path is too long");
        }
        if (text.equals("m")) {
            return MASTER;
        }
        String body = text.startsWith("m/") ? text.substring(2) : text;
        String[] segments = body.split("/", -1);
        List<Integer> steps = new ArrayList<>(segments.length);
        for (int i = 0; i < segments.length; i++) {
            steps.add(parseSegment(segments[i], i + 1));
        }
        return new DerivationPath(steps);
    }

    /** {@code m/44'/coinType'/account'/change/index}, the BIP44 path of one address of {@code chain}. */
    public static DerivationPath bip44(Chain chain, int account, int change, int index) {
        Objects.requireNonNull(chain, "chain");
        requireIndex(account, "account");
        if (change != 0 && change != 1) {
            throw new InvalidDerivationPathException("BIP44 change must be 0 (external) or 1 (internal)");
        }
        requireIndex(index, "address index");
        return new DerivationPath(List.of(hardened(BIP44_PURPOSE), hardened(chain.bip44CoinType()),
                hardened(account), change, index));
    }

    /** The hardened child number of {@code index} (0..2147483647). */
    public static int hardened(int index) {
        requireIndex(index, "index");
        return index | HARDENED_BIT;
    }

    public static boolean isHardened(int childNumber) {
        return (childNumber & HARDENED_BIT) != 0;
    }

    /** {@code 5} or {@code 44'}. */
    public static String formatStep(int childNumber) {
        int index = childNumber & MAX_INDEX;
        return isHardened(childNumber) ? index + "'" : Integer.toString(index);
    }

    public DerivationPath child(int childNumber) {
        List<Integer> longer = new ArrayList<>(steps);
        longer.add(childNumber);
        return new DerivationPath(longer);
    }

    public int depth() {
        return steps.size();
    }

    public boolean hasHardenedStep() {
        return steps.stream().anyMatch(DerivationPath::isHardened);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("m");
        for (int step : steps) {
            text.append('/').append(formatStep(step));
        }
        return text.toString();
    }

    private static int parseSegment(String segment, int position) {
        String where = "step " + position;
        boolean hardened = segment.endsWith("'") || segment.endsWith("h") || segment.endsWith("H");
        String digits = hardened ? segment.substring(0, segment.length() - 1) : segment;
        if (digits.isEmpty()) {
            throw new InvalidDerivationPathException(where + " is empty");
        }
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9') {
                throw new InvalidDerivationPathException(
                        where + " must be a decimal index, optionally followed by ' or h");
            }
        }
        if (digits.length() > 1 && digits.charAt(0) == '0') {
            throw new InvalidDerivationPathException(where + " has leading zeros");
        }
        if (digits.length() > 10 || Long.parseLong(digits) > MAX_INDEX) {
            throw new InvalidDerivationPathException(where + " is out of range 0.." + MAX_INDEX);
        }
        int index = Integer.parseInt(digits);
        return hardened ? index | HARDENED_BIT : index;
    }

    private static void requireIndex(int index, String name) {
        if (index < 0) {
            throw new InvalidDerivationPathException(name + " is out of range 0.." + MAX_INDEX);
        }
    }
}
