package io.usdtcustody.functions.kyc.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.usdtcustody.model.customers.CustomerTable;
import io.usdtcustody.model.errors.PlatformException;
import java.time.Instant;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class ReviewCursorTest {

    @Property
    void decode_shouldGiveBackTheCursor_forEveryCursorEncoded(@ForAll("ids") String customerId, @ForAll("ids") String caseId,
                                                              @ForAll("epochMillis") long millis) {
        ReviewCursor cursor = new ReviewCursor(CustomerTable.sortableTime(Instant.ofEpochMilli(millis)), customerId, caseId);

        assertThat(ReviewCursor.decode(cursor.encode())).isEqualTo(cursor);
        assertThat(cursor.encode()).matches("[A-Za-z0-9_-]+");
    }

    @Property
    void position_shouldSortLikeTheQueueTime_forEveryTwoTimes(@ForAll("epochMillis") long a, @ForAll("epochMillis") long b) {
        String earlier = new ReviewCursor(CustomerTable.sortableTime(Instant.ofEpochMilli(Math.min(a, b))), "c", "k")
                .position();
        String later = new ReviewCursor(CustomerTable.sortableTime(Instant.ofEpochMilli(Math.max(a, b))), "c", "k")
                .position();

        assertThat(earlier.compareTo(later)).isLessThanOrEqualTo(0);
    }

    @Test
    void decode_shouldBeAValidationFailureOnTheCursorField_whenTheTextIsNoCursor() {
        for (String text : new String[] {"%%%", "bm90IGEgY3Vyc29y", "", "MjAyNi0xMS0yNXxhfGI"}) {
            assertThatThrownBy(() -> ReviewCursor.decode(text)).isInstanceOf(PlatformException.class)
                    .hasMessageStartingWith("VALIDATION_FAILED")
                    .satisfies(e -> assertThat(((PlatformException) e).fieldErrors()).singleElement()
                            .satisfies(error -> assertThat(error.field()).isEqualTo("cursor")));
        }
    }

    @Provide
    Arbitrary<String> ids() {
        return Arbitraries.strings().withChars("abcXYZ019._-").ofMinLength(1).ofMaxLength(63).map(s -> "a" + s);
    }

    @Provide
    Arbitrary<Long> epochMillis() {
        return Arbitraries.longs().between(0L, 253_402_300_799_999L);
    }
}
