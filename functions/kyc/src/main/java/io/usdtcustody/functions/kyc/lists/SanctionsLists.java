package io.usdtcustody.functions.kyc.lists;

import io.usdtcustody.functions.kyc.lists.port.ObjectStore;
import io.usdtcustody.screening.list.OfacCsvLists;
import io.usdtcustody.screening.list.SanctionsList;
import io.usdtcustody.screening.list.SanctionsListException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Loads a list version wherever it is, always through the screening library's one parser ({@link OfacCsvLists}):
 * the jar's copy, a folder, or a folder of the sanctions-lists bucket read through an {@link ObjectStore}. A
 * missing, unreadable or malformed file is a {@link SanctionsListException} naming it (never a shorter list).
 */
public final class SanctionsLists {
    private final ObjectStore objects;

    public SanctionsLists(ObjectStore objects) {
        this.objects = objects;
    }

    public SanctionsList load(ListLocation location) {
        if (location instanceof ListLocation.S3Folder folder) {
            return fromBucket(folder);
        }
        if (location instanceof ListLocation.Directory directory) {
            return OfacCsvLists.fromDirectory(directory.folder());
        }
        return OfacCsvLists.fromClasspath();
    }

    private SanctionsList fromBucket(ListLocation.S3Folder folder) {
        try (InputStream sdn = objects.open(folder.bucket(), folder.prefix() + OfacCsvLists.SDN_FILE);
                InputStream alt = objects.open(folder.bucket(), folder.prefix() + OfacCsvLists.ALT_FILE)) {
            return OfacCsvLists.read(folder.toString(), reader(sdn), reader(alt));
        } catch (IOException | UncheckedIOException e) {
            throw new SanctionsListException("cannot read the OFAC lists in " + folder + " ("
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")", e);
        }
    }

    private static BufferedReader reader(InputStream in) {
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    }
}
