package io.usdtcustody.custody.chain.tron;

import java.math.BigInteger;

/**
 * Real TRC-20 transfers published by others, with the fields decoded from their JSON. Each was checked to hash
 * to its txID. None carries a private key; signatures are checked by public-key recovery.
 */
final class TronVectors {
    private TronVectors() {
    }

    /** A vector: the transaction's fields, what the network printed for it, and its signature if signed. */
    record Vector(String source, TronTransaction transaction, String rawDataHex, String txid, String signature) {
    }

    /**
     * TRON's own HTTP API documentation, /wallet/triggersmartcontract, "Response example (real Nile capture)":
     * tronprotocol/documentation-en, docs/api/http/smart-contract/triggersmartcontract.md. Unsigned; the ABI
     * data is the standard transfer(address,uint256) of 100 units to 41088a2b…8884.
     */
    static final Vector NILE_DOCS = new Vector("tronprotocol/documentation-en triggersmartcontract.md",
            new TronTransaction(TronReferenceBlock.ofHex("28c3", "ce6d340282788569"), 1777447227000L, 1777447168009L,
                    100_000_000L, TriggerSmartContract.trc20Transfer(
                            TronAddress.fromHex("41dd791d6b49e190062d650e6a23c575510d35f2f9"),
                            TronAddress.fromHex("41eca9bc828a3005b9a3b909f2cc5c2a54794de05f"),
                            TronAddress.fromHex("41088a2bfcb1c7271029fd69a66859d55560895884"), BigInteger.valueOf(100))),
            "0a0228c32208ce6d34028278856940f89cf1c0dd335aae01081f12a9010a31747970652e676f6f676c65617069732e636f6d2f70"
                    + "726f746f636f6c2e54726967676572536d617274436f6e747261637412740a1541dd791d6b49e190062d650e6a23c575"
                    + "510d35f2f9121541eca9bc828a3005b9a3b909f2cc5c2a54794de05f2244a9059cbb000000000000000000000000088a"
                    + "2bfcb1c7271029fd69a66859d5556089588400000000000000000000000000000000000000000000000000000000000000"
                    + "647089d0edc0dd33900180c2d72f",
            "8c621a0dc9bd4d405b20d0a43143955b9f546f98bbfde1aec295a65b0f925629", null);

    /**
     * A signed transfer of 1 000 000 units on Nile as TronLink signed it: justfoundation/defi-widgets,
     * docs/Contract-Interact.md, section "sign", response. Standard ABI data.
     */
    static final Vector DEFI_WIDGETS_SIGNED = new Vector("justfoundation/defi-widgets docs/Contract-Interact.md",
            new TronTransaction(TronReferenceBlock.ofHex("6101", "1f3cbafca3705dd1"), 1652861919000L, 1652861859565L,
                    1_000_000L, TriggerSmartContract.trc20Transfer(
                            TronAddress.fromHex("41c4ae90260992e400b449011a49374e6cdc95f67a"),
                            TronAddress.fromHex("418df49db5dbf07e498492d2dafcf7b305cdc72471"),
                            TronAddress.fromHex("410e636d680b300214cf10e3343d0eef14f642c8a4"),
                            BigInteger.valueOf(1_000_000))),
            "0a02610122081f3cbafca3705dd14098befdb18d305aae01081f12a9010a31747970652e676f6f676c65617069732e636f6d2f70"
                    + "726f746f636f6c2e54726967676572536d617274436f6e747261637412740a1541c4ae90260992e400b449011a49374e"
                    + "6cdc95f67a1215418df49db5dbf07e498492d2dafcf7b305cdc724712244a9059cbb0000000000000000000000000e63"
                    + "6d680b300214cf10e3343d0eef14f642c8a400000000000000000000000000000000000000000000000000000000000f"
                    + "424070ededf9b18d309001c0843d",
            "093e9f4b3ba31c6429fa0b1b22f10281886e6bbe5ecb97bb25c721497c291231",
            "5401945088ec48ee611d871fe251756678c487b4b314a8c45306337084ca3ee52975152d64aafcc5438e737f93cd1f03b00df5b2"
                    + "08ec91a5371c28d79da352fa00");

    /**
     * A signed, confirmed (contractRet SUCCESS) Nile transfer from /wallet/gettransactionbyid, kept as a fixture
     * by fbsobreira/gotron-sdk, pkg/client/transaction/marshal_test.go ("realSignedTxJSON"). Its ABI data puts
     * the recipient's 0x41 prefix inside the padding (the token ignores the upper 12 bytes), so it is rebuilt
     * from the raw call data, not from {@link Trc20TransferCall}.
     */
    static final Vector GOTRON_SIGNED = new Vector("fbsobreira/gotron-sdk marshal_test.go",
            new TronTransaction(TronReferenceBlock.ofHex("8ad9", "eaef69105495eb15"), 1773182914544L, 1773182854544L,
                    100_000_000L, new TriggerSmartContract(
                            TronAddress.fromHex("41495511a493d8c362be4267224e6d81013a6862ee"),
                            TronAddress.fromHex("41eca9bc828a3005b9a3b909f2cc5c2a54794de05f"), 0,
                            java.util.HexFormat.of().parseHex("a9059cbb00000000000000000000004150125bea243a640bf853"
                                    + "48873b6c4f3c517aee7a000000000000000000000000000000000000000000000000000000000"
                                    + "0000001"))),
            "0a028ad92208eaef69105495eb1540f09fc0cfcd335aae01081f12a9010a31747970652e676f6f676c65617069732e636f6d2f70"
                    + "726f746f636f6c2e54726967676572536d617274436f6e747261637412740a1541495511a493d8c362be4267224e6d81"
                    + "013a6862ee121541eca9bc828a3005b9a3b909f2cc5c2a54794de05f2244a9059cbb00000000000000000000004150125b"
                    + "ea243a640bf85348873b6c4f3c517aee7a00000000000000000000000000000000000000000000000000000000000000"
                    + "017090cbbccfcd33900180c2d72f",
            "c70b20da8cb8d96a99c1aceb283412acb9dea313a9e467178431a3c6ae8b9f08",
            "1788bf0281f67c42f5a09322523edee9969e808a863776f21ab6543de9dd42ca0e4955577879df8074086c620eb96709ba9a95d6"
                    + "0a166de190a081e8d69801da00");
}
