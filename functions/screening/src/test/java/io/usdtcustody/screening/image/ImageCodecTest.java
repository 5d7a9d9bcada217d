package io.usdtcustody.screening.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Positive;
import org.junit.jupiter.api.Test;

class ImageCodecTest {

    @Property(tries = 500)
    void readers_shouldGiveBackWhatWasWritten_whenValuesAreWrittenInOrder(@ForAll @Positive int unsigned,
            @ForAll @IntRange(min = -(1 << 29), max = 1 << 29) int signed, @ForAll long whole, @ForAll String text,
            @ForAll byte[] bytes) {
        ImageWriter out = new ImageWriter();
        out.writeVarint(unsigned);
        out.writeVarint(0);
        out.writeSignedVarint(signed);
        out.writeLong(whole);
        out.writeString(text);
        out.writeBytes(bytes);

        ImageReader in = new ImageReader(out.toByteArray());

        assertThat(in.readVarint()).isEqualTo(unsigned);
        assertThat(in.readVarint()).isZero();
        assertThat(in.readSignedVarint()).isEqualTo(signed);
        assertThat(in.readLong()).isEqualTo(whole);
        assertThat(in.readString()).isEqualTo(text);
        assertThat(in.readBytes()).isEqualTo(bytes);
        assertThat(in.atEnd()).isTrue();
    }

    @Test
    void readVarint_shouldFail_whenTheImageEndsInsideANumber() {
        ImageWriter out = new ImageWriter();
        out.writeVarint(1 << 20);
        byte[] cut = Arrays.copyOf(out.toByteArray(), 2);

        assertThatThrownBy(() -> new ImageReader(cut).readVarint()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new ImageReader(new byte[3]).readLong()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void writeVarint_shouldRefuse_whenTheNumberIsNegative() {
        assertThatThrownBy(() -> new ImageWriter().writeVarint(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
