package io.usdtcustody.screening.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

    @Test
    void recordStart_shouldSpanEachRecordWithItsLineEnd_whenLinesEndInCrLfLfOrCr() {
        String text = "a,\"b\r\nc\"\r\nd,e\nf\rg";
        CsvReader csv = new CsvReader(new StringReader(text));
        List<String> spans = new ArrayList<>();
        while (csv.next() != null) {
            spans.add(text.substring((int) csv.recordStart(), (int) csv.position()));
        }

        assertThat(spans).containsExactly("a,\"b\r\nc\"\r\n", "d,e\n", "f\r", "g");
    }

    @Test
    void next_shouldKeepCommasAndDoubledQuotes_whenFieldsAreQuoted() {
        assertThat(all("a,\"b, c\",\"say \"\"hi\"\"\",-0- \r\n")).containsExactly(List.of("a", "b, c", "say \"hi\"", "-0- "));
    }

    @Test
    void next_shouldKeepLineBreaks_whenTheyAreInsideAQuotedField() {
        CsvReader csv = new CsvReader(new StringReader("\"one\r\ntwo\",x\nnext,y\n"));
        assertThat(csv.next()).containsExactly("one\r\ntwo", "x");
        assertThat(csv.recordLine()).isEqualTo(1);
        assertThat(csv.next()).containsExactly("next", "y");
        assertThat(csv.recordLine()).isEqualTo(3);
        assertThat(csv.next()).isNull();
    }

    @Test
    void next_shouldReadTheLastRecord_whenInputEndsWithoutALineBreak() {
        assertThat(all("a,b\r\nc,\"d\"")).containsExactly(List.of("a", "b"), List.of("c", "d"));
    }

    @Test
    void next_shouldReturnEmptyFields_whenCommasAreAdjacent() {
        assertThat(all(",,\n")).containsExactly(List.of("", "", ""));
    }

    @Test
    void next_shouldFail_whenAQuotedFieldIsNeverClosed() {
        CsvReader csv = new CsvReader(new StringReader("ok,1\n\"broken,2\n"));
        csv.next();
        assertThatThrownBy(csv::next).isInstanceOf(CsvFormatException.class).hasMessage("line 2: a quoted field is never closed");
    }

    @Test
    void next_shouldFail_whenAQuoteAppearsInsideAnUnquotedField() {
        assertThatThrownBy(() -> all("ab\"c,d\n")).isInstanceOf(CsvFormatException.class).hasMessageContaining("unquoted");
    }

    @Test
    void next_shouldFail_whenTextFollowsAClosingQuote() {
        assertThatThrownBy(() -> all("\"ab\"c,d\n")).isInstanceOf(CsvFormatException.class).hasMessageContaining("closing quote");
    }

    @Property(tries = 300)
    void record_shouldReadBackTheSameFields_whenWrittenByCsvWriter(@ForAll("records") List<String> fields) {
        assertThat(all(CsvWriter.record(fields))).containsExactly(fields);
    }

    @Provide
    Arbitrary<List<String>> records() {
        return Arbitraries.strings().withChars("ab ,\"\r\nÄ字-").ofMaxLength(8).list().ofMinSize(2).ofMaxSize(5);
    }

    private static List<List<String>> all(String text) {
        CsvReader csv = new CsvReader(new StringReader(text));
        List<List<String>> rows = new ArrayList<>();
        for (List<String> row = csv.next(); row != null; row = csv.next()) {
            rows.add(row);
        }
        return rows;
    }
}
