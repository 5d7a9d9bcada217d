package io.usdtcustody.custody.chain.tron;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * TAPoS: the recent block a transaction commits to, so it is valid only on the fork that has that block.
 * {@code ref_block_bytes} are bytes 6..7 of the block number (8 bytes, big-endian) and {@code ref_block_hash}
 * bytes 8..15 of the 32-byte block id, as java-tron's {@code TransactionCapsule#setReference} takes them.
 */
public record TronReferenceBlock(byte[] refBlockBytes, byte[] refBlockHash) {
    public TronReferenceBlock {
        if (refBlockBytes == null || refBlockBytes.length != 2) {
            throw new IllegalArgumentException("ref_block_bytes are 2 bytes");
        }
        if (refBlockHash == null || refBlockHash.length != 8) {
            throw new IllegalArgumentException("ref_block_hash is 8 bytes");
        }
        refBlockBytes = refBlockBytes.clone();
        refBlockHash = refBlockHash.clone();
    }

    /** From a block's number and its 32-byte id (as {@code /wallet/getnowblock} returns {@code blockID}). */
    public static TronReferenceBlock of(long blockNumber, byte[] blockId) {
        if (blockId == null || blockId.length != 32) {
            throw new IllegalArgumentException("a block id is 32 bytes");
        }
        byte[] number = ByteBuffer.allocate(Long.BYTES).putLong(blockNumber).array();
        return new TronReferenceBlock(Arrays.copyOfRange(number, 6, 8), Arrays.copyOfRange(blockId, 8, 16));
    }

    /** From the two hex strings a node's JSON shows. */
    public static TronReferenceBlock ofHex(String refBlockBytes, String refBlockHash) {
        return new TronReferenceBlock(HexFormat.of().parseHex(refBlockBytes), HexFormat.of().parseHex(refBlockHash));
    }

    @Override
    public byte[] refBlockBytes() {
        return refBlockBytes.clone();
    }

    @Override
    public byte[] refBlockHash() {
        return refBlockHash.clone();
    }
}
