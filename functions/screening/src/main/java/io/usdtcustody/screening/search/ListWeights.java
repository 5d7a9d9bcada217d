package io.usdtcustody.screening.search;

import io.usdtcustody.screening.list.ListedName;
import io.usdtcustody.screening.list.SanctionsList;
import io.usdtcustody.screening.list.SdnEntry;
import io.usdtcustody.screening.name.NamePreparer;
import io.usdtcustody.screening.name.NameWords;
import io.usdtcustody.screening.name.TokenWeights;
import java.util.ArrayList;
import java.util.List;

/** Word weights learned from every name of a sanctions list (see {@link TokenWeights}). */
public final class ListWeights {
    private ListWeights() {
    }

    public static TokenWeights learn(SanctionsList list) {
        return learn(read(list));
    }

    /** Weights from names already read. */
    static TokenWeights learn(List<NameWords> names) {
        List<List<String>> words = new ArrayList<>(names.size());
        for (NameWords name : names) {
            words.add(name.words());
        }
        return TokenWeights.learn(words);
    }

    /** Every name of every entry, read once, in list order. */
    static List<NameWords> read(SanctionsList list) {
        List<NameWords> names = new ArrayList<>(list.size() * 3);
        for (SdnEntry entry : list.entries()) {
            for (ListedName name : entry.names()) {
                names.add(NamePreparer.words(name.text(), entry.schema()));
            }
        }
        return names;
    }
}
