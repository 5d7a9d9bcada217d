package io.usdtcustody.screening.search;

import io.usdtcustody.screening.list.ListedName;
import io.usdtcustody.screening.list.SanctionsList;
import io.usdtcustody.screening.list.SdnEntry;
import io.usdtcustody.screening.name.NamePreparer;
import io.usdtcustody.screening.name.TokenWeights;
import java.util.ArrayList;
import java.util.List;

/** Word weights learned from every name of a sanctions list (see {@link TokenWeights}). */
public final class ListWeights {
    private ListWeights() {
    }

    public static TokenWeights learn(SanctionsList list) {
        List<List<String>> names = new ArrayList<>();
        for (SdnEntry entry : list.entries()) {
            for (ListedName name : entry.names()) {
                names.add(NamePreparer.words(name.text(), entry.schema(), new ArrayList<>()));
            }
        }
        return TokenWeights.learn(names);
    }
}
