package io.usdtcustody.model.travelrule.ivms101;

import java.util.List;

/** Absent repeated IVMS101 elements are empty lists, never null, and every list in the model is immutable. */
final class Lists {
    private Lists() {
    }

    static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
