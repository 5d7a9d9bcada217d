package io.usdtcustody.custody.chain.tron;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ProtobufWriterTest {

    @ParameterizedTest(name = "field {0} = {1}")
    @CsvSource({
            "1, 150, 089601",                       // protobuf encoding guide: "Test1 { a = 150 }"
            "1, 1, 0801",
            "1, 300, 08ac02",
            "18, 100000000, 900180c2d72f",          // TRON fee_limit: field 18 needs a two-byte tag
            "8, 1777447227000, 40f89cf1c0dd33",     // TRON expiration in milliseconds
            "1, -1, 08ffffffffffffffffff01"})       // negative int64: ten bytes
    void int64_shouldWriteTagAndVarint_whenValueIsNotZero(int field, long value, String hex) {
        assertThat(hex(new ProtobufWriter().int64(field, value))).isEqualTo(hex);
    }

    @Test
    void string_shouldWriteLengthDelimited_whenGivenText() {
        // protobuf encoding guide: "Test2 { b = "testing" }"
        assertThat(hex(new ProtobufWriter().string(2, "testing"))).isEqualTo("120774657374696e67");
    }

    @Test
    void scalars_shouldBeOmitted_whenTheyHoldProto3Defaults() {
        ProtobufWriter writer = new ProtobufWriter().int64(3, 0).bytes(4, new byte[0]).string(5, "");

        assertThat(writer.toByteArray()).isEmpty();
    }

    @Test
    void message_shouldBeWritten_whenEmpty() {
        assertThat(hex(new ProtobufWriter().message(11, new byte[0]))).isEqualTo("5a00");
    }

    @Test
    void int64_shouldRefuse_whenFieldNumberIsOutOfRange() {
        assertThatThrownBy(() -> new ProtobufWriter().int64(0, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    private static String hex(ProtobufWriter writer) {
        return HexFormat.of().formatHex(writer.toByteArray());
    }
}
