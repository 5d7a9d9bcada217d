package io.usdtcustody.screening.cli;

import io.usdtcustody.model.json.JsonCodec;
import io.usdtcustody.screening.address.SanctionedAddresses;
import io.usdtcustody.screening.list.ListedAddress;
import io.usdtcustody.screening.list.OfacCsvLists;
import io.usdtcustody.screening.list.SanctionsList;
import io.usdtcustody.screening.list.SdnEntry;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code screen address <address>}: whether an address is on OFAC's digital-currency address lists (the
 * verdict custody's policy engine uses, {@link SanctionedAddresses}, on any chain and currency), and which SDN
 * entries own it where {@code sdn.csv}'s remarks name it. An address named only in the remarks counts as
 * sanctioned too; an address only in the lists has no owner to show (OFAC cuts long remarks).
 */
final class AddressCommand {
    private static final int MAX_LENGTH = 200;

    /** The JSON printed. */
    record Output(String address, boolean sanctioned, List<Owner> entries) {
    }

    /** An SDN entry that owns the address, with the currency OFAC lists it under. */
    record Owner(int entryId, String name, String type, List<String> programs, String currency) {
    }

    private AddressCommand() {
    }

    static String run(String[] args) {
        if (args.length != 1 || args[0].isBlank()) {
            throw new UsageException("usage: screen address <address>");
        }
        String address = args[0].strip();
        if (address.length() > MAX_LENGTH || !address.chars().allMatch(c -> c < 128 && Character.isLetterOrDigit(c))) {
            throw new UsageException("an address is letters and digits only, at most " + MAX_LENGTH + " characters");
        }
        boolean listed = !SanctionedAddresses.fromClasspath().listsNaming(address).isEmpty();
        SanctionsList sdn = OfacCsvLists.fromClasspath();
        String key = SanctionedAddresses.comparisonKey(address);
        List<Owner> owners = new ArrayList<>();
        for (SdnEntry entry : sdn.entriesOwning(address)) {
            String currency = entry.addresses().stream()
                    .filter(a -> SanctionedAddresses.comparisonKey(a.address()).equals(key))
                    .map(ListedAddress::currency).findFirst().orElse("");
            owners.add(new Owner(entry.id(), entry.primaryName(), NameCommand.typeLabel(entry.schema()),
                    entry.programs(), currency));
        }
        Output output = new Output(address, listed || !owners.isEmpty(), owners);
        return new String(new JsonCodec().write(output), StandardCharsets.UTF_8) + System.lineSeparator();
    }
}
