package io.usdtcustody.custody.chain.tron;

import io.usdtcustody.model.address.AddressValidation;
import io.usdtcustody.model.address.TronAddressCodec;
import io.usdtcustody.model.hd.Base58;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;

/**
 * A TRON account or contract address as the protocol carries it: 21 bytes, {@code 0x41} and the 20-byte
 * account (the same 20 bytes an EVM address has). Converts to and from the base58check {@code T…} text users
 * see (validated by the shared {@link TronAddressCodec}) and the {@code 41…} hex the HTTP API uses with
 * {@code visible=false}.
 */
public final class TronAddress {
    public static final int BYTES = 21;
    public static final byte PREFIX = 0x41;
    private static final TronAddressCodec CODEC = new TronAddressCodec();

    private final byte[] bytes;

    private TronAddress(byte[] bytes) {
        this.bytes = bytes;
    }

    /** From {@code T…} text; the checksum, prefix and length are checked. */
    public static TronAddress fromBase58(String text) {
        AddressValidation validation = CODEC.validate(text);
        if (!validation.valid()) {
            throw new IllegalArgumentException(validation.reason());
        }
        byte[] decoded = Base58.decode(text).orElseThrow();
        return new TronAddress(Arrays.copyOf(decoded, BYTES));
    }

    /** From 21 bytes starting with {@code 0x41}. */
    public static TronAddress fromBytes(byte[] bytes) {
        if (bytes == null || bytes.length != BYTES || bytes[0] != PREFIX) {
            throw new IllegalArgumentException("a TRON address is 21 bytes starting with 0x41");
        }
        return new TronAddress(bytes.clone());
    }

    /** From the API's hex form: {@code 41} and 40 hex digits. */
    public static TronAddress fromHex(String hex) {
        if (hex == null || hex.length() != 2 * BYTES || !hex.regionMatches(true, 0, "41", 0, 2)) {
            throw new IllegalArgumentException("a TRON hex address is 41 and 40 hex digits");
        }
        try {
            return fromBytes(HexFormat.of().parseHex(hex.toLowerCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("a TRON hex address is 41 and 40 hex digits");
        }
    }

    /** From the 20 account bytes (an EVM-style address of the same key). */
    public static TronAddress fromAccount(byte[] account20) {
        if (account20 == null || account20.length != BYTES - 1) {
            throw new IllegalArgumentException("an account is 20 bytes");
        }
        byte[] bytes = new byte[BYTES];
        bytes[0] = PREFIX;
        System.arraycopy(account20, 0, bytes, 1, BYTES - 1);
        return new TronAddress(bytes);
    }

    /** The 21 protocol bytes. */
    public byte[] bytes() {
        return bytes.clone();
    }

    /** The 20 account bytes, as an ABI {@code address} holds them. */
    public byte[] account() {
        return Arrays.copyOfRange(bytes, 1, BYTES);
    }

    public String toBase58() {
        return Base58.encodeChecked(bytes);
    }

    /** Lower-case {@code 41…} hex, the form of {@code visible=false} API calls. */
    public String toHex() {
        return HexFormat.of().formatHex(bytes);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TronAddress that && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return toBase58();
    }
}
