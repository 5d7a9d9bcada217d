package io.usdtcustody.functions.kyc.mrz;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The specimen zones printed in ICAO Doc 9303 (Parts 4, 5 and 6) for the fictional state of Utopia. */
class MrzParserSpecimenTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 7, 1);

    static final String TD3 = """
            P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<
            L898902C36UTO7408122F1204159ZE184226B<<<<<10
            """;
    static final String TD1 = """
            I<UTOD231458907<<<<<<<<<<<<<<<
            7408122F1204159UTO<<<<<<<<<<<6
            ERIKSSON<<ANNA<MARIA<<<<<<<<<<
            """;
    static final String TD2 = """
            I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<
            D231458907UTO7408122F1204159<<<<<<<6
            """;

    @Test
    void parse_shouldReadTheTd3PassportSpecimen() {
        MrzResult result = MrzParser.parse(TD3, TODAY);

        assertThat(result.problems()).isEmpty();
        MrzDocument passport = result.document();
        assertThat(passport.format()).isEqualTo(MrzFormat.TD3);
        assertThat(passport.documentCode()).isEqualTo("P");
        assertThat(passport.issuingState()).isEqualTo("UTO");
        assertThat(passport.primaryIdentifier()).isEqualTo("ERIKSSON");
        assertThat(passport.secondaryIdentifier()).isEqualTo("ANNA MARIA");
        assertThat(passport.nameTruncated()).isFalse();
        assertThat(passport.documentNumber()).isEqualTo("L898902C3");
        assertThat(passport.nationality()).isEqualTo("UTO");
        assertThat(passport.birthDate()).isEqualTo(LocalDate.of(1974, 8, 12));
        assertThat(passport.sex()).isEqualTo(MrzSex.FEMALE);
        assertThat(passport.expiryDate()).isEqualTo(LocalDate.of(2012, 4, 15));
        assertThat(passport.optionalData1()).isEqualTo("ZE184226B");
        assertThat(passport.optionalData2()).isEmpty();
        assertThat(passport.expiredOn(TODAY)).isTrue();
        assertThat(passport.nationalityAlpha2()).isEmpty();
    }

    @Test
    void parse_shouldReadTheTd1IdentityCardSpecimen() {
        MrzResult result = MrzParser.parse(TD1, TODAY);

        assertThat(result.problems()).isEmpty();
        MrzDocument card = result.document();
        assertThat(card.format()).isEqualTo(MrzFormat.TD1);
        assertThat(card.documentCode()).isEqualTo("I");
        assertThat(card.documentNumber()).isEqualTo("D23145890");
        assertThat(card.primaryIdentifier()).isEqualTo("ERIKSSON");
        assertThat(card.secondaryIdentifier()).isEqualTo("ANNA MARIA");
        assertThat(card.birthDate()).isEqualTo(LocalDate.of(1974, 8, 12));
        assertThat(card.expiryDate()).isEqualTo(LocalDate.of(2012, 4, 15));
        assertThat(card.optionalData1()).isEmpty();
        assertThat(card.optionalData2()).isEmpty();
    }

    @Test
    void parse_shouldReadTheTd2Specimen() {
        MrzResult result = MrzParser.parse(TD2, TODAY);

        assertThat(result.problems()).isEmpty();
        assertThat(result.document().format()).isEqualTo(MrzFormat.TD2);
        assertThat(result.document().documentNumber()).isEqualTo("D23145890");
        assertThat(result.document().secondaryIdentifier()).isEqualTo("ANNA MARIA");
    }

    @Test
    void format_shouldReproduceEachSpecimenExactly() {
        for (String specimen : new String[] {TD3, TD1, TD2}) {
            MrzDocument document = MrzParser.parse(specimen, TODAY).document();

            assertThat(String.join("\n", MrzFormatter.format(document))).isEqualTo(specimen.strip());
        }
    }

    @Test
    void toString_shouldNotShowPersonalData() {
        String text = MrzParser.parse(TD3, TODAY).document().toString();

        assertThat(text).doesNotContain("ERIKSSON", "L898902C3", "1974", "ZE184226B").contains("TD3");
    }
}
