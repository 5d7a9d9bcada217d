package io.usdtcustody.matching.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ReplayLineParserTest {
    private final ReplayLineParser parser = new ReplayLineParser();

    private ReplayLine parse(String json) {
        return parser.parse(json).line();
    }

    @Test
    void parse_shouldReadEveryFieldOfAPlace_withDecimalsKeptExact() {
        ReplayLine line = parse("""
                {"op":"place","id":"o1","account":"A1","symbol":"BTC-USDT","side":"buy","type":"LIMIT",\
                "tif":"fok","price":"30000.10","qty":0.1,"postOnly":false,"extra":"ignored"}""");

        assertThat(line).isEqualTo(new ReplayLine.Place("o1", "A1", "BTC-USDT", "BUY", "LIMIT", "FOK",
                new BigDecimal("30000.10"), new BigDecimal("0.1"), false));
    }

    @Test
    void parse_shouldTreatMarketAsIoc_andNeedNoPrice() {
        ReplayLine line = parse("""
                {"op":"place","id":"o2","account":"A1","symbol":"S","side":"SELL","type":"MARKET","tif":"GTC",\
                "price":"1","qty":"2"}""");

        assertThat(line).isEqualTo(new ReplayLine.Place("o2", "A1", "S", "SELL", "MARKET", "GTC", null,
                new BigDecimal("2"), false));
        assertThat(parse("""
                {"op":"place","id":"o3","account":"A1","symbol":"S","side":"SELL","type":"MARKET","qty":"2"}"""))
                .isInstanceOf(ReplayLine.Place.class);
    }

    @Test
    void parse_shouldReadSymbolDepositCancelAndAmend() {
        assertThat(parse("""
                {"op":"symbol","symbol":"BTC-USDT","base":"BTC","quote":"USDT","tick":"0.01","lot":"0.0001"}"""))
                .isEqualTo(new ReplayLine.DefineSymbol("BTC-USDT", "BTC", "USDT", new BigDecimal("0.01"),
                        new BigDecimal("0.0001"), 0, 0));
        assertThat(parse("""
                {"op":"deposit","account":"A1","asset":"USDT","amount":"1000.5"}"""))
                .isEqualTo(new ReplayLine.Transfer(true, "A1", "USDT", new BigDecimal("1000.5"), null));
        assertThat(parse("""
                {"op":"withdraw","account":"A1","asset":"USDT","amount":"1","transferId":"t9"}"""))
                .isEqualTo(new ReplayLine.Transfer(false, "A1", "USDT", BigDecimal.ONE, "t9"));
        assertThat(parse("""
                {"op":"cancel","id":"o1","account":"A1","symbol":"BTC-USDT"}"""))
                .isEqualTo(new ReplayLine.Cancel("o1", "A1", "BTC-USDT"));
        assertThat(parse("""
                {"op":"amend","id":"o1","account":"A1","qty":"0.2"}"""))
                .isEqualTo(new ReplayLine.Amend("o1", "A1", null, null, new BigDecimal("0.2")));
    }

    @Test
    void parse_shouldGiveAReasonAndTheIdItCouldRead_whenALineIsInvalid() {
        assertThat(parse("{not json")).isEqualTo(new ReplayLine.Invalid(null, "INVALID_JSON"));
        assertThat(parse("[1,2]")).isEqualTo(new ReplayLine.Invalid(null, "INVALID_JSON"));
        assertThat(parse("{\"op\":\"place\",\"id\":\"x\",\"id\":\"y\"}")).isEqualTo(
                new ReplayLine.Invalid(null, "INVALID_JSON"));
        assertThat(parse("{\"id\":\"o1\"}")).isEqualTo(new ReplayLine.Invalid("o1", "MISSING_FIELD:op"));
        assertThat(parse("{\"op\":\"teleport\",\"id\":7}")).isEqualTo(new ReplayLine.Invalid("7", "UNKNOWN_OP"));
        assertThat(parse("""
                {"op":"place","id":"o1","account":"A1","symbol":"S","side":"BUY","type":"LIMIT","qty":"1"}"""))
                .isEqualTo(new ReplayLine.Invalid("o1", "MISSING_FIELD:price"));
        assertThat(parse("""
                {"op":"place","id":"o1","account":"A1","symbol":"S","side":"BUY","price":"abc","qty":"1"}"""))
                .isEqualTo(new ReplayLine.Invalid("o1", "INVALID_FIELD:price"));
        assertThat(parse("""
                {"op":"place","id":"o1","account":"A1","symbol":"S","side":"BUY","price":"1","qty":"1","tif":"DAY"}"""))
                .isEqualTo(new ReplayLine.Invalid("o1", "INVALID_FIELD:tif"));
        assertThat(parse("""
                {"op":"place","id":"o1","account":{"x":1},"symbol":"S","side":"BUY","price":"1","qty":"1"}"""))
                .isEqualTo(new ReplayLine.Invalid("o1", "INVALID_FIELD:account"));
        assertThat(parse("""
                {"op":"place","id":"o1","account":"A1","symbol":"S","side":"BUY","price":"1","qty":"1","postOnly":"y"}"""))
                .isEqualTo(new ReplayLine.Invalid("o1", "INVALID_FIELD:postOnly"));
    }

    @Test
    void parse_shouldReadTheLinesTime_whenPresent() {
        assertThat(parser.parse("{\"op\":\"cancel\",\"id\":\"o\",\"account\":\"A\",\"time\":1500}").timeMillis())
                .isEqualTo(1500);
        assertThat(parser.parse("{\"op\":\"cancel\",\"id\":\"o\",\"account\":\"A\"}").timeMillis()).isEqualTo(-1);
    }

    @Test
    void scaledDecimal_shouldBeExact_andRefuseWhatItCannotHold() {
        assertThat(ScaledDecimal.parse(new BigDecimal("30000.10"), 2)).isEqualTo(3_000_010);
        assertThat(ScaledDecimal.parse(new BigDecimal("0.50000"), 4)).isEqualTo(5_000);
        assertThat(ScaledDecimal.parse(new BigDecimal("1E+3"), 0)).isEqualTo(1_000);
        assertThat(ScaledDecimal.parse(new BigDecimal("-0.01"), 2)).isEqualTo(-1);
        assertThat(ScaledDecimal.parse(new BigDecimal("0.001"), 2)).isEqualTo(ScaledDecimal.TOO_PRECISE);
        assertThat(ScaledDecimal.parse(new BigDecimal("1E+40"), 2)).isEqualTo(ScaledDecimal.TOO_LARGE);
        assertThat(ScaledDecimal.parse(new BigDecimal("92233720368547758.07"), 2)).isEqualTo(ScaledDecimal.TOO_LARGE);
        assertThat(ScaledDecimal.scaleOf(new BigDecimal("0.0100"))).isEqualTo(2);
        assertThat(ScaledDecimal.scaleOf(new BigDecimal("50"))).isZero();
        assertThat(ScaledDecimal.format(3_000_000, 2)).isEqualTo("30000.00");
        assertThat(ScaledDecimal.format(5, 4)).isEqualTo("0.0005");
        assertThat(ScaledDecimal.format(7, 0)).isEqualTo("7");
    }
}
