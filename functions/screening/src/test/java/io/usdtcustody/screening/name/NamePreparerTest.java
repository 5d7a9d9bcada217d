package io.usdtcustody.screening.name;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NamePreparerTest {
    private final NamePreparer preparer = new NamePreparer(TokenWeights.UNIFORM);

    @Test
    void prepare_shouldRemoveLegalForms_whenTheNameIsACompanyInAnyLanguageOrOrder() {
        assertThat(words("ROMASHKA LLC", Schema.COMPANY)).containsExactly("romashka");
        assertThat(words("OOO «Ромашка»", Schema.COMPANY)).containsExactly("romashka");
        assertThat(words("Limited Liability Company Romashka", Schema.COMPANY)).containsExactly("romashka");
        assertThat(words("Obshchestvo s ogranichennoy otvetstvennostyu Romashka", Schema.COMPANY)).containsExactly("romashka");
        assertThat(words("The Romashka Co., Ltd.", Schema.COMPANY)).containsExactly("romashka");
        assertThat(preparer.prepare("ROMASHKA LLC", Schema.COMPANY).ignored()).containsExactly("llc");
    }

    @Test
    void prepare_shouldForgiveATypo_whenItIsInALongLegalForm() {
        assertThat(words("LIMIETD LIABILITY COMPANY GEOS", Schema.COMPANY)).containsExactly("geos");
        assertThat(words("PUBLIC JOINT SOCK COMPANY SEVERSTAL", Schema.COMPANY)).containsExactly("severstal");
    }

    @Test
    void prepare_shouldKeepWords_whenTheNameIsAPersonOrOnlyLegalForms() {
        assertThat(words("Co Ltd", Schema.PERSON)).containsExactly("co", "ltd");
        assertThat(words("The Company Ltd", Schema.COMPANY)).containsExactly("the", "company", "ltd");
    }

    @Test
    void prepare_shouldReadArabicParticlesOneWay_whenSpelledOrSpacedDifferently() {
        assertThat(words("Abdulrahman", Schema.PERSON)).containsExactly("abd", "rahman");
        assertThat(words("Abd al-Rahman", Schema.PERSON)).containsExactly("abd", "rahman");
        assertThat(words("Abdel Rahman", Schema.PERSON)).containsExactly("abd", "rahman");
        assertThat(words("Abdurrahman", Schema.PERSON)).containsExactly("abd", "rahman");
        assertThat(words("Abdullah", Schema.PERSON)).isEqualTo(words("Abd Allah", Schema.PERSON));
        assertThat(words("ar-Rahman as-Sayyid", Schema.PERSON)).containsExactly("rahman", "sayyid");
        assertThat(words("Nasiruddin", Schema.PERSON)).containsExactly("nasir", "din");
        assertThat(words("Nematollah", Schema.PERSON)).containsExactly("nemat", "lah");
    }

    @Test
    void prepare_shouldSplitDottedInitials_whenTheNameIsAPerson() {
        assertThat(words("J.P. Morgan", Schema.PERSON)).containsExactly("j", "p", "morgan");
        assertThat(words("J.P. Morgan", Schema.COMPANY)).containsExactly("jp", "morgan");
    }

    @Test
    void prepare_shouldReadAnUnknownSchemaAsAnOrganisation_whenTheNameCarriesALegalForm() {
        assertThat(preparer.prepare("Romashka LLC", Schema.ANY).schema()).isEqualTo(Schema.ORGANIZATION);
        assertThat(preparer.prepare("Ivan Petrov", Schema.ANY).schema()).isEqualTo(Schema.ANY);
    }

    private java.util.List<String> words(String name, Schema schema) {
        return preparer.prepare(name, schema).words();
    }
}
