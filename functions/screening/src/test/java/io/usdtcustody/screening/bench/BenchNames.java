package io.usdtcustody.screening.bench;

import io.usdtcustody.screening.list.SanctionsList;
import io.usdtcustody.screening.list.SdnEntry;
import io.usdtcustody.screening.name.Schema;
import io.usdtcustody.screening.search.ScreeningQuery;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The benchmark's query mix, reproducible from a seed: 5,000 listed names rewritten as a customer would type
 * them, and 5,000 ordinary names of people and companies from many countries that are on no list (the usual
 * case at onboarding). Schemas as callers pass them: mostly known, a fifth unknown.
 */
final class BenchNames {
    private static final int EACH = 5_000;
    private static final String[] GIVEN = {"James", "Maria", "Wei", "Fatima", "Olga", "Hiroshi", "Aisha", "Carlos",
        "Anna", "Mehmet", "Priya", "Lars", "Sofia", "Kwame", "Elena", "Tomasz", "Yuki", "Omar", "Chloe", "Dmitri",
        "Ingrid", "Rahul", "Amara", "Luca", "Hana", "Pedro", "Zainab", "Nikolai", "Emma", "Jun", "Ayodele", "Sven",
        "Leila", "Mateo", "Irina", "Kofi", "Noor", "Andrei", "Camille", "Tariq"};
    private static final String[] FAMILY = {"Smith", "Garcia", "Chen", "Khan", "Ivanova", "Tanaka", "Okafor",
        "Silva", "Muller", "Yilmaz", "Sharma", "Andersson", "Rossi", "Mensah", "Popescu", "Nowak", "Sato",
        "Haddad", "Dubois", "Sokolov", "Berg", "Patel", "Adeyemi", "Bianchi", "Kim", "Pereira", "Mahmoud",
        "Petrov", "Johnson", "Liu", "Balogun", "Lindqvist", "Farouk", "Fernandez", "Kuznetsova", "Owusu", "Rahman",
        "Volkov", "Martin", "Aziz"};
    private static final String[] BUSINESS = {"Harbour", "Northwind", "Blue River", "Summit", "Atlas", "Golden Gate",
        "Evergreen", "Silverline", "Redwood", "Oakridge", "Pioneer", "Sunrise", "Crescent", "Meridian", "Horizon"};
    private static final String[] TRADE = {"Bakery", "Logistics", "Software", "Textiles", "Consulting", "Foods",
        "Dental Clinic", "Auto Parts", "Travel", "Design Studio", "Electronics", "Farms", "Print Shop"};
    private static final String[] FORMS = {"Ltd", "LLC", "GmbH", "S.A.", "Inc.", "B.V.", "Pty Ltd", "OOO", ""};

    private BenchNames() {
    }

    static List<ScreeningQuery> queries(SanctionsList list, Random random) {
        List<ScreeningQuery> queries = new ArrayList<>(2 * EACH);
        List<SdnEntry> entries = list.entries().stream()
                .filter(e -> e.schema() == Schema.PERSON || e.schema() == Schema.ORGANIZATION).toList();
        for (int k = 0; k < EACH; k++) {
            SdnEntry e = entries.get(random.nextInt(entries.size()));
            String name = e.names().get(random.nextInt(e.names().size())).text();
            queries.add(query(customerStyle(name, e.schema() == Schema.PERSON, random), e.schema(), random));
        }
        for (int k = 0; k < EACH; k++) {
            boolean person = random.nextInt(4) != 0;
            String name = person
                    ? pick(GIVEN, random) + (random.nextBoolean() ? " " + pick(GIVEN, random) : "") + " " + pick(FAMILY, random)
                    : (pick(BUSINESS, random) + " " + pick(TRADE, random) + " " + pick(FORMS, random)).strip();
            queries.add(query(name, person ? Schema.PERSON : Schema.COMPANY, random));
        }
        Collections.shuffle(queries, random);
        return queries;
    }

    private static ScreeningQuery query(String name, Schema schema, Random random) {
        return ScreeningQuery.of(name, random.nextInt(5) == 0 ? Schema.ANY : schema);
    }

    /** Given names first for people, title case, and now and then a typo. */
    private static String customerStyle(String listed, boolean person, Random random) {
        String name = listed;
        int comma = name.indexOf(", ");
        if (person && comma > 0) {
            name = name.substring(comma + 2) + " " + name.substring(0, comma);
        }
        name = name.toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(name);
        if (random.nextInt(3) == 0 && b.length() > 6) {
            int i = 1 + random.nextInt(b.length() - 2);
            b.deleteCharAt(i);
        }
        for (int i = 0; i < b.length(); i++) {
            if (i == 0 || b.charAt(i - 1) == ' ') {
                b.setCharAt(i, Character.toUpperCase(b.charAt(i)));
            }
        }
        return b.toString();
    }

    private static String pick(String[] values, Random random) {
        return values[random.nextInt(values.length)];
    }
}
