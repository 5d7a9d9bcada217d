package io.usdtcustody.screening.evaluation;

import java.util.List;
import java.util.Random;

/** Which variant operations apply to people and to organisations, how often, and how each is invoked. */
final class VariantOperations {
    private static final String[] PERSON = {"romanisation", "romanisation", "romanisation", "accents", "initials",
        "drop-middle", "typo", "typo", "reorder", "case", "punctuation", "join-particle"};
    private static final String[] ORGANIZATION = {"legal-form", "legal-form", "legal-form", "typo", "typo",
        "romanisation", "accents", "punctuation", "case", "the"};
    private static final List<String> KNOWN_FORMS = List.of("CO., LTD.", "CO., LTD", "COMPANY LIMITED", "LTD.", "LTD",
            "LIMITED", "LLC", "INC.", "INC", "GMBH", "JSC", "OJSC", "CJSC", "PJSC", "OOO", "S.A.", "SA", "CORPORATION",
            "CORP.", "CO.", "CO", "AO", "LIMITED LIABILITY COMPANY", "JOINT STOCK COMPANY");

    private VariantOperations() {
    }

    static String pick(Random random, boolean person, List<String> programs) {
        if (person && random.nextInt(8) == 0 && programs.stream().anyMatch(p -> p.startsWith("RUSSIA")
                || p.startsWith("UKRAINE") || p.startsWith("BELARUS") || p.startsWith("CYBER"))) {
            return "cyrillic";
        }
        String[] ops = person ? PERSON : ORGANIZATION;
        return ops[random.nextInt(ops.length)];
    }

    static String apply(VariantGenerator g, String op, String name) {
        return switch (op) {
            case "romanisation" -> g.romanisation(name);
            case "accents" -> g.accents(name);
            case "initials" -> name.contains(",") ? null : g.initials(name);
            case "drop-middle" -> name.contains(",") ? null : g.dropMiddle(name);
            case "typo" -> g.typo(name);
            case "reorder" -> g.reorder(name);
            case "case" -> g.caseChange(name);
            case "punctuation" -> g.punctuation(name);
            case "join-particle" -> g.joinParticle(name);
            case "cyrillic" -> g.cyrillic(name);
            case "legal-form" -> g.legalForm(name, KNOWN_FORMS);
            case "the" -> name.toUpperCase(java.util.Locale.ROOT).startsWith("THE ") ? name.substring(4) : "THE " + name;
            default -> throw new IllegalArgumentException("unknown variant operation " + op);
        };
    }
}
