package io.usdtcustody.custody.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.usdtcustody.model.address.ChainAddress;
import io.usdtcustody.model.hd.Bip32;
import io.usdtcustody.model.hd.DerivationPath;
import io.usdtcustody.model.hd.ExtendedKey;
import io.usdtcustody.model.money.Chain;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code hd derive}: derives a BIP32 key from exactly one of {@code --seed <hex>}, {@code --xprv} or
 * {@code --xpub} along {@code --path}, and prints {@code {"path", "xpub", "xprv"?, "address"?}}. With an
 * extended key the path is relative to that key ({@code m/0/5} and {@code 0/5} both mean its children); with
 * an xpub only non-hardened steps are possible. Every key is wiped before returning.
 */
final class HdDeriveCommand {
    private static final Set<String> OPTIONS = Set.of("seed", "xprv", "xpub", "path", "chain");
    private static final List<String> KEY_SOURCES = List.of("seed", "xprv", "xpub");

    ObjectNode run(List<String> args) {
        CommandLineOptions options = CommandLineOptions.parse(args, OPTIONS, "hd derive");
        if (!options.positionals().isEmpty()) {
            throw new UsageException("hd derive takes no positional arguments");
        }
        long sources = KEY_SOURCES.stream().filter(name -> options.option(name).isPresent()).count();
        if (sources != 1) {
            throw new UsageException("give exactly one of --seed, --xprv or --xpub");
        }
        DerivationPath path = DerivationPath.parse(options.required("path"));
        Optional<Chain> chain = options.option("chain").map(CommandLineOptions::chain);
        if (options.option("xpub").isPresent() && path.hasHardenedStep()) {
            throw new UsageException("cannot derive hardened steps from an xpub; use --xprv or --seed, "
                    + "or a path of non-hardened steps relative to the xpub");
        }
        try (ExtendedKey root = root(options); ExtendedKey key = Bip32.derive(root, path)) {
            ObjectNode json = JsonNodeFactory.instance.objectNode();
            json.put("path", path.toString());
            json.put("xpub", key.toXpub());
            if (key.isPrivate()) {
                json.put("xprv", key.toXprv());
            }
            chain.ifPresent(c -> json.put("address", ChainAddress.fromPublicKey(c, key.publicKey())));
            return json;
        }
    }

    private static ExtendedKey root(CommandLineOptions options) {
        Optional<String> seedHex = options.option("seed");
        if (seedHex.isPresent()) {
            byte[] seed = parseSeed(seedHex.get());
            try {
                return Bip32.masterFromSeed(seed);
            } finally {
                Arrays.fill(seed, (byte) 0);
            }
        }
        Optional<String> xprv = options.option("xprv");
        if (xprv.isPresent()) {
            ExtendedKey key = ExtendedKey.parse(xprv.get());
            if (!key.isPrivate()) {
                key.destroy();
                throw new UsageException("--xprv needs an extended private key (xprv…); use --xpub for an xpub");
            }
            return key;
        }
        ExtendedKey key = ExtendedKey.parse(options.required("xpub"));
        if (key.isPrivate()) {
            key.destroy();
            throw new UsageException("--xpub needs an extended public key (xpub…); use --xprv for an xprv");
        }
        return key;
    }

    private static byte[] parseSeed(String text) {
        String hex = text.startsWith("0x") ? text.substring(2) : text;
        if (hex.isEmpty() || hex.length() % 2 != 0 || !hex.chars().allMatch(HdDeriveCommand::isHexDigit)) {
            throw new UsageException("--seed must be hexadecimal with an even number of digits");
        }
        int bytes = hex.length() / 2;
        if (bytes < Bip32.MIN_SEED_BYTES || bytes > Bip32.MAX_SEED_BYTES) {
            throw new UsageException("--seed must be " + Bip32.MIN_SEED_BYTES + " to " + Bip32.MAX_SEED_BYTES
                    + " bytes (" + 2 * Bip32.MIN_SEED_BYTES + " to " + 2 * Bip32.MAX_SEED_BYTES + " hex digits)");
        }
        byte[] seed = new byte[bytes];
        for (int i = 0; i < bytes; i++) {
            seed[i] = (byte) Integer.parseInt(hex, 2 * i, 2 * i + 2, 16);
        }
        return seed;
    }

    private static boolean isHexDigit(int c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
