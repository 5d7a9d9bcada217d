package io.usdtcustody.functions.kyc.mrz;

import static io.usdtcustody.functions.kyc.mrz.MrzParserSpecimenTest.TD1;
import static io.usdtcustody.functions.kyc.mrz.MrzParserSpecimenTest.TD3;
import static org.assertj.core.api.Assertions.assertThat;

import io.usdtcustody.model.errors.FieldError;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MrzParserTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 7, 1);

    private static List<MrzField> fields(MrzResult result) {
        return result.problems().stream().map(MrzProblem::field).toList();
    }

    /** The TD3 specimen with character {@code index} of line 2 replaced. */
    private static String td3Line2With(int index, char c) {
        String[] lines = TD3.strip().split("\n");
        char[] line2 = lines[1].toCharArray();
        line2[index] = c;
        return lines[0] + "\n" + new String(line2);
    }

    @Test
    void parse_shouldReadLongDocumentNumber_continuedInTheOptionalData() {
        String card = """
                I<UTOD23145890<7349<<<<<<<<<<<
                3407127M9507122UTO<<<<<<<<<<<2
                STEVENSON<<PETER<JOHN<<<<<<<<<
                """;

        MrzResult result = MrzParser.parse(card, TODAY);

        assertThat(result.problems()).isEmpty();
        assertThat(result.document().documentNumber()).isEqualTo("D23145890734");
        assertThat(result.document().optionalData1()).isEmpty();
        assertThat(result.document().birthDate()).isEqualTo(LocalDate.of(1934, 7, 12));
        assertThat(result.document().sex()).isEqualTo(MrzSex.MALE);
        assertThat(result.document().secondaryIdentifier()).isEqualTo("PETER JOHN");
        assertThat(String.join("\n", MrzFormatter.format(result.document()))).isEqualTo(card.strip());
    }

    @Test
    void parse_shouldReportTheDocumentNumberAndComposite_whenDocumentNumberCheckDigitWrong() {
        MrzResult result = MrzParser.parse(td3Line2With(9, '7'), TODAY);

        assertThat(result.ok()).isFalse();
        assertThat(fields(result)).containsExactly(MrzField.DOCUMENT_NUMBER, MrzField.COMPOSITE);
    }

    @Test
    void parse_shouldMissASubstitutionCongruentModulo10_becauseTheIcaoCheckDigitCannotSeeIt() {
        // C (12) and M (22) weigh the same modulo 10: the standard's known blind spot, documented, not hidden
        MrzResult result = MrzParser.parse(td3Line2With(7, 'M'), TODAY);

        assertThat(result.ok()).isTrue();
        assertThat(result.document().documentNumber()).isEqualTo("L898902M3");
    }

    @Test
    void parse_shouldReportEveryFailedCheck_whenManyFieldsAreWrong() {
        String[] lines = TD3.strip().split("\n");
        String line1 = "P<ZZZ" + lines[0].substring(5);
        String line2 = "L898902C35ZZZ7413322Q1204158ZE184226B<<<<<20";

        MrzResult result = MrzParser.parse(List.of(line1, line2), TODAY);

        // the birth date 741332 fails twice: its check digit, and it is no calendar date
        assertThat(fields(result)).containsExactly(MrzField.ISSUING_STATE, MrzField.DOCUMENT_NUMBER,
                MrzField.NATIONALITY, MrzField.BIRTH_DATE, MrzField.BIRTH_DATE, MrzField.SEX, MrzField.EXPIRY_DATE,
                MrzField.OPTIONAL_DATA, MrzField.COMPOSITE);
    }

    @Test
    void parse_shouldRefuseDatesThatDoNotExist_evenWithAMatchingCheckDigit() {
        // 740230: 30 February; its check digit is computed so only the calendar is wrong
        String line2 = "L898902C36UTO740230" + MrzCheckDigit.compute("740230") + "F1204159ZE184226B<<<<<1";
        String lines = TD3.strip().split("\n")[0] + "\n" + line2
                + MrzCheckDigit.compute(line2.substring(0, 10) + line2.substring(13, 20) + line2.substring(21, 43));

        MrzResult result = MrzParser.parse(lines, TODAY);

        assertThat(result.problems()).containsExactly(
                new MrzProblem(MrzField.BIRTH_DATE, "must be a calendar date written YYMMDD"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "P<UTO", "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F",
            "p<utoeriksson<<anna<maria<<<<<<<<<<<<<<<<<<<\nl898902c36uto7408122f1204159ze184226b<<<<<10"})
    void parse_shouldReportFormat_whenNotAnMrz(String text) {
        assertThat(fields(MrzParser.parse(text, TODAY))).containsExactly(MrzField.FORMAT);
    }

    @Test
    void parse_shouldAcceptSurroundingWhitespaceAndWindowsLineBreaks() {
        String text = "  " + TD3.strip().replace("\n", "\r\n") + "  \r\n";

        assertThat(MrzParser.parse(text, TODAY).ok()).isTrue();
    }

    @Test
    void parse_shouldRequireADocumentCodeFittingTheSize() {
        String passportAsCard = "A" + TD3.substring(1);
        String cardAsPassport = "P" + TD1.substring(1);

        assertThat(fields(MrzParser.parse(passportAsCard, TODAY))).containsExactly(MrzField.DOCUMENT_CODE);
        assertThat(fields(MrzParser.parse(cardAsPassport, TODAY))).containsExactly(MrzField.DOCUMENT_CODE);
    }

    @Test
    void parse_shouldAcceptIcaoCodes_andMapThemToIsoCountries() {
        String german = TD3.replace("P<UTO", "P<D<<").replace("UTO7408122", "D<<7408122");
        String[] lines = german.strip().split("\n");
        String line2 = lines[1].substring(0, 43);
        String fixed = lines[0] + "\n" + line2
                + MrzCheckDigit.compute(line2.substring(0, 10) + line2.substring(13, 20) + line2.substring(21, 43));

        MrzResult result = MrzParser.parse(fixed, TODAY);

        assertThat(result.problems()).isEmpty();
        assertThat(result.document().issuingState()).isEqualTo("D");
        assertThat(result.document().nationalityAlpha2()).contains("DE");
        assertThat(MrzCountries.toAlpha2("GBD")).contains("GB");
        assertThat(MrzCountries.isKnown("UNO")).isTrue();
        assertThat(MrzCountries.toAlpha2("UNO")).isEmpty();
        assertThat(MrzCountries.toAlpha2("XXA")).isEmpty();
        assertThat(MrzCountries.isKnown("ZZZ")).isFalse();
    }

    @Test
    void parse_shouldAcceptEmptyPersonalNumber_withFillerOrZeroCheckDigit() {
        for (char check : new char[] {'<', '0'}) {
            String line2 = "L898902C36UTO7408122F1204159" + "<".repeat(14) + check;
            String composite = String.valueOf(MrzCheckDigit.compute(
                    line2.substring(0, 10) + line2.substring(13, 20) + line2.substring(21, 43)));
            String text = TD3.strip().split("\n")[0] + "\n" + line2 + composite;

            MrzResult result = MrzParser.parse(text, TODAY);

            assertThat(result.problems()).isEmpty();
            assertThat(result.document().optionalData1()).isEmpty();
        }
    }

    @Test
    void parse_shouldFlagTruncatedName_whenNameFillsItsField() {
        String[] lines = TD3.strip().split("\n");
        String full = "P<UTO" + ("VERYLONGFAMILYNAME<<WITH<MANY<GIVEN<NAMES" + "X".repeat(39)).substring(0, 39);

        MrzResult result = MrzParser.parse(full + "\n" + lines[1], TODAY);

        assertThat(result.document().nameTruncated()).isTrue();
        assertThat(result.document().secondaryIdentifier()).isEqualTo("WITH MANY GIVEN NAM");
    }

    @Test
    void parse_shouldResolveTwoDigitYears_birthInThePast_expiryNearTheReference() {
        MrzResult result = MrzParser.parse(TD3, LocalDate.of(2074, 8, 11));

        assertThat(result.document().birthDate()).isEqualTo(LocalDate.of(1974, 8, 12));
        assertThat(result.document().expiryDate()).isEqualTo(LocalDate.of(2112, 4, 15));
        assertThat(MrzParser.parse(TD3, LocalDate.of(2074, 8, 12)).document().birthDate())
                .isEqualTo(LocalDate.of(2074, 8, 12));
    }

    @Test
    void problems_shouldNeverQuoteTheZone_andBecomeFieldErrors() {
        MrzResult result = MrzParser.parse(td3Line2With(19, '9'), TODAY);

        assertThat(result.problems()).allSatisfy(problem ->
                assertThat(problem.reason()).doesNotContain("740812", "ERIKSSON", "L898902C3"));
        assertThat(result.fieldErrors("mrz")).extracting(FieldError::field)
                .containsExactly("mrz.birthDate", "mrz.composite");
    }
}
