package io.usdtcustody.screening.name;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.api.constraints.UniqueElements;
import org.junit.jupiter.api.Test;

class KeyTableTest {

    @Property(tries = 200)
    void indexOf_shouldFindEveryKeyByItsNumber_whenBuiltFromAnyDistinctKeys(
            @ForAll @Size(max = 300) @UniqueElements List<@StringLength(max = 12) String> keys,
            @ForAll @StringLength(max = 12) String other) {
        KeyTable table = KeyTable.of(keys);

        for (int k = 0; k < keys.size(); k++) {
            assertThat(table.indexOf(keys.get(k))).isEqualTo(k);
            assertThat(table.key(k)).isEqualTo(keys.get(k));
        }
        assertThat(table.indexOf(other)).isEqualTo(keys.indexOf(other));
        assertThat(table.size()).isEqualTo(keys.size());
    }

    @Test
    void of_shouldGiveTheSameTable_whenBuiltFromItsOwnCharactersAndOffsets() {
        List<String> keys = new ArrayList<>(List.of("k:mhmt", "t:muhammad", "k:hmt", "", "w:a"));
        KeyTable table = KeyTable.of(keys);

        KeyTable copy = KeyTable.of(table.chars(), table.starts());

        for (String key : keys) {
            assertThat(copy.indexOf(key)).isEqualTo(table.indexOf(key));
        }
        assertThat(copy.indexOf("k:mhm")).isEqualTo(-1);
    }

    @Test
    void of_shouldRefuse_whenAKeyIsRepeated() {
        assertThatThrownBy(() -> KeyTable.of(List.of("a", "b", "a"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> KeyTable.of(new char[] {'a'}, new int[] {0, 2}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Set.of(KeyTable.EMPTY.size())).containsExactly(0);
    }
}
