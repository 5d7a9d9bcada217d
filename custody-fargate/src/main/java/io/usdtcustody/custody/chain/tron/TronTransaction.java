package io.usdtcustody.custody.chain.tron;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * An unsigned TRON transaction with one TriggerSmartContract: TRON's {@code Transaction.raw}. Its protobuf
 * bytes ({@link #rawData()}, the API's {@code raw_data_hex}) are what is hashed and signed; the transaction id
 * is {@code SHA-256(raw_data)}. Field numbers from java-tron's {@code Tron.proto}: ref_block_bytes = 1,
 * ref_block_hash = 4, expiration = 8, contract = 11, timestamp = 14, fee_limit = 18; and in
 * {@code Transaction.Contract}: type = 1, parameter (a {@code google.protobuf.Any}: type_url = 1, value = 2) = 2.
 *
 * @param expirationMillis when the network stops accepting it (milliseconds since the epoch; a node refuses
 *                         one more than 24 h past its head block)
 * @param timestampMillis  when it was made (milliseconds since the epoch; 0 leaves the field out)
 * @param feeLimitSun      the most TRX (in sun) the call may burn for energy
 */
public record TronTransaction(TronReferenceBlock reference, long expirationMillis, long timestampMillis,
                              long feeLimitSun, TriggerSmartContract contract) {

    public TronTransaction {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(contract, "contract");
        if (expirationMillis <= 0 || timestampMillis < 0 || feeLimitSun < 0) {
            throw new IllegalArgumentException("expiration must be positive; timestamp and fee limit not negative");
        }
        if (timestampMillis > 0 && expirationMillis <= timestampMillis) {
            throw new IllegalArgumentException("expiration must be after the timestamp");
        }
    }

    public TronAddress owner() {
        return contract.owner();
    }

    /** The protobuf bytes of {@code Transaction.raw}: the API's {@code raw_data_hex}. */
    public byte[] rawData() {
        byte[] parameter = new ProtobufWriter()
                .string(1, TriggerSmartContract.TYPE_URL)
                .bytes(2, contract.encode())
                .toByteArray();
        byte[] contractMessage = new ProtobufWriter()
                .int64(1, TriggerSmartContract.CONTRACT_TYPE)
                .message(2, parameter)
                .toByteArray();
        return new ProtobufWriter()
                .bytes(1, reference.refBlockBytes())
                .bytes(4, reference.refBlockHash())
                .int64(8, expirationMillis)
                .message(11, contractMessage)
                .int64(14, timestampMillis)
                .int64(18, feeLimitSun)
                .toByteArray();
    }

    public String rawDataHex() {
        return HexFormat.of().formatHex(rawData());
    }

    /** The transaction id, and the digest that is signed: SHA-256 of {@link #rawData()}. */
    public byte[] txid() {
        try {
            return MessageDigest.getInstance("SHA-256").digest(rawData());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    public String txidHex() {
        return HexFormat.of().formatHex(txid());
    }
}
