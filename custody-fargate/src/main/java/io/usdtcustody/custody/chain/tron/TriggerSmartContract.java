package io.usdtcustody.custody.chain.tron;

import java.math.BigInteger;
import java.util.Objects;

/**
 * TRON's {@code protocol.TriggerSmartContract} (contract type 31): {@code owner} calls {@code contract} with
 * {@code data}, sending {@code callValueSun} TRX along (0 for a token transfer). Field numbers from java-tron's
 * {@code smart_contract.proto}: owner_address = 1, contract_address = 2, call_value = 3, data = 4.
 */
public record TriggerSmartContract(TronAddress owner, TronAddress contract, long callValueSun, byte[] data) {
    /** The {@code Transaction.Contract.ContractType} value. */
    public static final int CONTRACT_TYPE = 31;
    public static final String CONTRACT_TYPE_NAME = "TriggerSmartContract";
    public static final String TYPE_URL = "type.googleapis.com/protocol.TriggerSmartContract";

    public TriggerSmartContract {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(contract, "contract");
        Objects.requireNonNull(data, "data");
        if (callValueSun < 0) {
            throw new IllegalArgumentException("callValueSun must not be negative");
        }
        data = data.clone();
    }

    /** {@code owner} transfers {@code amount} (smallest units) of the TRC-20 token at {@code token} to {@code to}. */
    public static TriggerSmartContract trc20Transfer(TronAddress owner, TronAddress token, TronAddress to,
            BigInteger amount) {
        return new TriggerSmartContract(owner, token, 0, Trc20TransferCall.encode(to, amount));
    }

    @Override
    public byte[] data() {
        return data.clone();
    }

    /** The message's protobuf bytes: the {@code value} of the contract's {@code google.protobuf.Any}. */
    public byte[] encode() {
        return new ProtobufWriter()
                .bytes(1, owner.bytes())
                .bytes(2, contract.bytes())
                .int64(3, callValueSun)
                .bytes(4, data)
                .toByteArray();
    }
}
