package io.usdtcustody.screening.address;

import io.usdtcustody.model.money.Chain;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The OFAC SDN digital-currency address lists ({@code sanctioned_addresses_<CUR>.txt}, one address per line),
 * indexed per chain for screening. An entry belongs to a chain by its shape, whatever file it came from: every
 * {@code 0x…} address (ETH, USDT, USDC, ETC, BSC, ARB …) is an Ethereum address compared lower-case; TRON
 * {@code T…} addresses compare exactly; Bitcoin/Omni {@code 1…}/{@code 3…} exactly and {@code bc1…} lower-case.
 * A Bitcoin-shaped entry from another list (BCH legacy, BSV) therefore also screens Omni: the same key controls
 * both, and a false positive goes to compliance review while a false negative would not.
 *
 * <p>The class-path copy, a directory of live files and a test's own {@link Reader} all go through
 * {@link Builder#add}, the one parser. Loading fails rather than yielding an empty screen: screening against
 * nothing would pass every address. Immutable and thread-safe once built.
 */
public final class SanctionedAddresses implements SanctionsScreen {
    /** Where the copied lists live on the class path (see {@code PROVENANCE.md} there). */
    public static final String CLASSPATH_FOLDER = "ofac/addresses";
    private static final Pattern LIST_FILE = Pattern.compile("sanctioned_addresses_[A-Za-z0-9]+\\.txt");

    private final Map<Chain, Map<String, List<String>>> byChain;
    private final Map<String, List<String>> otherCurrencies;
    private final Set<String> lists;

    private SanctionedAddresses(Map<Chain, Map<String, List<String>>> byChain,
            Map<String, List<String>> otherCurrencies, Set<String> lists) {
        this.byChain = byChain;
        this.otherCurrencies = otherCurrencies;
        this.lists = lists;
    }

    /**
     * How an address is compared, whatever its chain: EVM {@code 0x…} and bech32 {@code bc1…} lower-case, every
     * other shape exactly as written (base58 and the like are case-sensitive). Other sources of addresses (the
     * SDN remarks) use it so they agree with this screen.
     */
    public static String comparisonKey(String address) {
        String a = address.strip();
        return AddressForm.of(a).map(form -> form.key(a)).orElse(a);
    }

    /** Every {@code sanctioned_addresses_*.txt} under {@link #CLASSPATH_FOLDER} on this class's class path. */
    public static SanctionedAddresses fromClasspath() {
        ClassLoader loader = SanctionedAddresses.class.getClassLoader();
        Builder builder = builder();
        for (String name : ClasspathFolder.fileNames(SanctionedAddresses.class, CLASSPATH_FOLDER)) {
            if (!LIST_FILE.matcher(name).matches()) {
                continue;
            }
            try (InputStream in = loader.getResourceAsStream(CLASSPATH_FOLDER + "/" + name)) {
                if (in == null) {
                    throw new IllegalStateException("sanctions list " + name + " is listed but cannot be opened");
                }
                builder.add(name, new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read sanctions list " + name, e);
            }
        }
        return builder.build();
    }

    /** Every {@code sanctioned_addresses_*.txt} in {@code directory}: for lists refreshed outside the build. */
    public static SanctionedAddresses fromDirectory(Path directory) {
        Builder builder = builder();
        try (var files = Files.list(directory)) {
            List<Path> lists = files.filter(f -> LIST_FILE.matcher(f.getFileName().toString()).matches())
                    .sorted().toList();
            for (Path file : lists) {
                try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    builder.add(file.getFileName().toString(), reader);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the sanctions lists", e);
        }
        return builder.build();
    }

    /** One list read from {@code reader} (tests, and callers that fetch a list themselves). */
    public static SanctionedAddresses load(String listName, Reader reader) {
        return builder().add(listName, reader).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public Optional<SanctionsHit> screen(Chain chain, String address) {
        if (chain == null || address == null) {
            return Optional.empty();
        }
        return AddressForm.screeningKey(chain, address.strip()).flatMap(key -> Optional
                .ofNullable(byChain.getOrDefault(chain, Map.of()).get(key))
                .map(matched -> new SanctionsHit(chain, key, matched)));
    }

    /**
     * Every list that names {@code address} on any chain, including currencies the platform holds nothing on
     * (XMR, LTC …); empty when none does. For operators asking "is this address listed at all?".
     */
    public List<String> listsNaming(String address) {
        if (address == null || address.isBlank()) {
            return List.of();
        }
        String key = comparisonKey(address);
        Set<String> names = new TreeSet<>(otherCurrencies.getOrDefault(key, List.of()));
        byChain.values().forEach(entries -> names.addAll(entries.getOrDefault(key, List.of())));
        return List.copyOf(names);
    }

    /** How many distinct addresses screen {@code chain}. */
    public int size(Chain chain) {
        return byChain.getOrDefault(chain, Map.of()).size();
    }

    /** The names of the lists loaded, including those with no address on a chain we hold. */
    public Set<String> lists() {
        return lists;
    }

    /** Reads lists one by one; {@link #build()} refuses to produce a screen without a single list. */
    public static final class Builder {
        private final Map<Chain, Map<String, TreeSet<String>>> byChain = new EnumMap<>(Chain.class);
        private final Map<String, TreeSet<String>> otherCurrencies = new HashMap<>();
        private final Set<String> lists = new TreeSet<>();

        private Builder() {
        }

        /**
         * Parses one list: one address per line; blank lines and {@code #} comments are skipped; addresses of
         * currencies the platform does not hold screen no chain, and are found only by {@link #listsNaming}.
         */
        public Builder add(String listName, Reader reader) {
            if (listName == null || listName.isBlank()) {
                throw new IllegalArgumentException("a sanctions list needs a name");
            }
            BufferedReader lines = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
            try {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    String entry = line.strip();
                    if (entry.isEmpty() || entry.startsWith("#")) {
                        continue;
                    }
                    AddressForm.of(entry).ifPresentOrElse(form -> byChain
                            .computeIfAbsent(form.chain(), c -> new HashMap<>())
                            .computeIfAbsent(form.key(entry), k -> new TreeSet<>())
                            .add(listName),
                            () -> otherCurrencies.computeIfAbsent(entry, k -> new TreeSet<>()).add(listName));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read sanctions list " + listName, e);
            }
            lists.add(listName);
            return this;
        }

        public SanctionedAddresses build() {
            if (lists.isEmpty()) {
                throw new IllegalStateException("no sanctions list was loaded; refusing to screen against nothing");
            }
            Map<Chain, Map<String, List<String>>> frozen = new EnumMap<>(Chain.class);
            byChain.forEach((chain, entries) -> {
                Map<String, List<String>> copy = new HashMap<>();
                entries.forEach((key, names) -> copy.put(key, List.copyOf(names)));
                frozen.put(chain, Collections.unmodifiableMap(copy));
            });
            Map<String, List<String>> others = new HashMap<>();
            otherCurrencies.forEach((key, names) -> others.put(key, List.copyOf(names)));
            return new SanctionedAddresses(Collections.unmodifiableMap(frozen), Collections.unmodifiableMap(others),
                    Collections.unmodifiableSet(new TreeSet<>(lists)));
        }
    }

    /** For diagnostics: list names and per-chain counts, never addresses. */
    @Override
    public String toString() {
        List<String> counts = new ArrayList<>();
        for (Chain chain : Chain.values()) {
            counts.add(chain + "=" + size(chain));
        }
        return "SanctionedAddresses" + counts + " from " + lists.size() + " lists";
    }
}
