package io.usdtcustody.model.hd;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Invariants of BIP32 over random seeds and child numbers. */
class Bip32PropertiesTest {

    @Property(tries = 150)
    void derivePublicChild_shouldEqualNeuteredPrivateChild_whenChildIsNotHardened(
            @ForAll("seeds") byte[] seed, @ForAll @IntRange(min = 0, max = Integer.MAX_VALUE) int index) {
        try (ExtendedKey master = Bip32.masterFromSeed(seed);
                ExtendedKey privateChild = Bip32.derivePrivateChild(master, index)) {
            ExtendedKey publicChild = Bip32.derivePublicChild(master.neuter(), index);

            assertThat(publicChild).isEqualTo(privateChild.neuter());
            assertThat(publicChild.toXpub()).isEqualTo(privateChild.toXpub());
        }
    }

    @Property(tries = 60)
    void derive_shouldAgreeForPublicAndPrivatePaths_whenAccountKeyIsHardenedAndStepsAreNot(
            @ForAll("seeds") byte[] seed, @ForAll @IntRange(min = 0, max = 1) int change,
            @ForAll @IntRange(min = 0, max = Integer.MAX_VALUE) int index) {
        try (ExtendedKey master = Bip32.masterFromSeed(seed);
                ExtendedKey account = Bip32.derive(master, DerivationPath.parse("m/44'/60'/0'"));
                ExtendedKey privateLeaf = Bip32.derive(master,
                        DerivationPath.parse("m/44'/60'/0'").child(change).child(index))) {
            ExtendedKey xpub = ExtendedKey.parse(account.toXpub());
            ExtendedKey publicLeaf = Bip32.derive(xpub, DerivationPath.MASTER.child(change).child(index));

            assertThat(publicLeaf).isEqualTo(privateLeaf.neuter());
        }
    }

    @Property(tries = 100)
    void parse_shouldRoundTripSerialisation_whenKeyIsDerived(@ForAll("seeds") byte[] seed,
            @ForAll int childNumber) {
        try (ExtendedKey master = Bip32.masterFromSeed(seed);
                ExtendedKey child = Bip32.derivePrivateChild(master, childNumber);
                ExtendedKey reparsed = ExtendedKey.parse(child.toXprv())) {
            assertThat(reparsed).isEqualTo(child);
            assertThat(ExtendedKey.parse(child.toXpub())).isEqualTo(child.neuter());
        }
    }

    @Property
    void decode_shouldInvertEncode_whenGivenNonEmptyBytes(@ForAll @Size(min = 1, max = 90) byte[] data) {
        assertThat(Base58.decode(Base58.encode(data))).hasValueSatisfying(
                decoded -> assertThat(decoded).isEqualTo(data));
    }

    @Provide
    Arbitrary<byte[]> seeds() {
        return Arbitraries.bytes().array(byte[].class).ofMinSize(Bip32.MIN_SEED_BYTES).ofMaxSize(Bip32.MAX_SEED_BYTES);
    }
}
