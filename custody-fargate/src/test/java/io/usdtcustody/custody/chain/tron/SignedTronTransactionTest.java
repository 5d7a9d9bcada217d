package io.usdtcustody.custody.chain.tron;

import io.usdtcustody.custody.signing.DigestSigner;
import io.usdtcustody.custody.signing.RecoverableSignature;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.usdtcustody.custody.chain.tron.TronVectors.Vector;
import io.usdtcustody.model.hd.Secp256k1;
import java.math.BigInteger;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class SignedTronTransactionTest {
    private static final TronAddress USDT = TronAddress.fromBase58("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t");
    private static final TronAddress OWNER = TronAddress.fromBase58(TestKeySigner.FIRST_TRON_ADDRESS);
    private static final TronAddress RECIPIENT = TronAddress.fromHex("41088a2bfcb1c7271029fd69a66859d55560895884");

    @Test
    void recoverAddress_shouldGiveOwner_whenCheckingPublishedSignatures() {
        for (Vector vector : new Vector[] {TronVectors.DEFI_WIDGETS_SIGNED, TronVectors.GOTRON_SIGNED}) {
            RecoverableSignature signature = TronSignatures.fromTronBytes(HexFormat.of().parseHex(vector.signature()));

            assertThat(TronSignatures.recoverAddress(signature, vector.transaction().txid()))
                    .as(vector.source()).isEqualTo(vector.transaction().owner());
            assertThat(HexFormat.of().formatHex(TronSignatures.toTronBytes(signature))).as(vector.source()).isEqualTo(vector.signature());
        }
    }

    @Test
    void fromTronBytes_shouldAcceptEthereumStyleV_whenLastByteIs27Or28() {
        byte[] published = HexFormat.of().parseHex(TronVectors.GOTRON_SIGNED.signature());
        byte[] ethereumStyle = published.clone();
        ethereumStyle[64] = (byte) (published[64] + 27);

        assertThat(TronSignatures.fromTronBytes(ethereumStyle)).isEqualTo(TronSignatures.fromTronBytes(published));
    }

    @Test
    void sign_shouldProduceSignatureRecoveringToOwner_whenSignerHoldsOwnersKey() {
        TronTransaction transaction = transfer(OWNER);

        SignedTronTransaction signed = SignedTronTransaction.sign(transaction, TestKeySigner.tronAccount(0));

        byte[] bytes = TronSignatures.toTronBytes(signed.signature());
        assertThat(bytes).hasSize(65);
        assertThat(bytes[64]).isIn((byte) 0, (byte) 1);
        assertThat(signed.signature().s()).isLessThanOrEqualTo(Secp256k1.N.shiftRight(1));
        assertThat(TronSignatures.recoverAddress(signed.signature(), transaction.txid())).isEqualTo(OWNER);
        assertThat(signed.signatureHex()).hasSize(130);
    }

    @Test
    void sign_shouldBeDeterministic_whenSigningTheSameTransactionTwice() {
        TronTransaction transaction = transfer(OWNER);

        assertThat(SignedTronTransaction.sign(transaction, TestKeySigner.tronAccount(0)).signatureHex())
                .isEqualTo(SignedTronTransaction.sign(transaction, TestKeySigner.tronAccount(0)).signatureHex());
    }

    @Test
    void sign_shouldRefuse_whenSignerHoldsAnotherKey() {
        TronTransaction transaction = transfer(OWNER);

        assertThatThrownBy(() -> SignedTronTransaction.sign(transaction, TestKeySigner.tronAccount(1)))
                .isInstanceOf(TronSigningException.class).hasMessageContaining(OWNER.toBase58());
    }

    @Test
    void sign_shouldRefuse_whenSignerGivesTheWrongRecoveryId() {
        TronTransaction transaction = transfer(OWNER);
        TestKeySigner key = TestKeySigner.tronAccount(0);
        DigestSigner wrongRecoveryId = digest -> {
            RecoverableSignature right = key.sign(digest);
            return new RecoverableSignature(right.r(), right.s(), right.recoveryId() ^ 1);
        };

        assertThatThrownBy(() -> SignedTronTransaction.sign(transaction, wrongRecoveryId))
                .isInstanceOf(TronSigningException.class);
    }

    @Test
    void of_shouldNormaliseToLowS_whenSignerGivesHighS() {
        RecoverableSignature low = TestKeySigner.tronAccount(0).sign(transfer(OWNER).txid());

        RecoverableSignature fromHigh = RecoverableSignature.of(low.r(), Secp256k1.N.subtract(low.s()), low.recoveryId() ^ 1);

        assertThat(fromHigh).isEqualTo(low);
        assertThatThrownBy(() -> new RecoverableSignature(low.r(), Secp256k1.N.subtract(low.s()), low.recoveryId()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void toProtobuf_shouldWrapRawDataAndSignature_whenSerializingForBroadcastHex() {
        SignedTronTransaction signed = SignedTronTransaction.sign(transfer(OWNER), TestKeySigner.tronAccount(0));

        String hex = HexFormat.of().formatHex(signed.toProtobuf());

        String raw = signed.transaction().rawDataHex();
        int length = raw.length() / 2;
        assertThat(length).isBetween(128, 16_383);
        String twoByteVarint = String.format("%02x%02x", (length & 0x7F) | 0x80, length >>> 7);
        assertThat(hex).isEqualTo("0a" + twoByteVarint + raw + "1241" + signed.signatureHex());
    }

    static TronTransaction transfer(TronAddress owner) {
        return new TronTransaction(TronReferenceBlock.ofHex("28c3", "ce6d340282788569"), 1777447227000L,
                1777447168009L, 30_000_000L, TriggerSmartContract.trc20Transfer(owner, USDT, RECIPIENT,
                        BigInteger.valueOf(12_340_000)));
    }
}
