package io.usdtcustody.custody.chain.tron;

import java.math.BigInteger;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The call data of a TRC-20 {@code transfer(address,uint256)}: selector {@code a9059cbb} (the first four bytes
 * of keccak256 of the signature, as on Ethereum), then the recipient's 20 account bytes left-padded to 32, then
 * the amount as a 32-byte big-endian {@code uint256}. The {@code 0x41} prefix is not part of an ABI address.
 */
public final class Trc20TransferCall {
    public static final String SELECTOR_HEX = "a9059cbb";
    public static final int BYTES = 4 + 32 + 32;
    private static final BigInteger UINT256_LIMIT = BigInteger.ONE.shiftLeft(256);

    private Trc20TransferCall() {
    }

    /**
     * @param amount in the token's smallest unit (USDT on TRON: 6 decimals), 1 .. 2^256-1
     */
    public static byte[] encode(TronAddress recipient, BigInteger amount) {
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(amount, "amount");
        if (amount.signum() <= 0 || amount.compareTo(UINT256_LIMIT) >= 0) {
            throw new IllegalArgumentException("a transfer amount is a positive uint256");
        }
        byte[] data = new byte[BYTES];
        System.arraycopy(HexFormat.of().parseHex(SELECTOR_HEX), 0, data, 0, 4);
        byte[] account = recipient.account();
        System.arraycopy(account, 0, data, 4 + 32 - account.length, account.length);
        byte[] magnitude = amount.toByteArray();
        int skip = magnitude[0] == 0 ? 1 : 0;
        System.arraycopy(magnitude, skip, data, BYTES - (magnitude.length - skip), magnitude.length - skip);
        return data;
    }
}
