package io.usdtcustody.screening.rescreen;

import static org.assertj.core.api.Assertions.assertThat;

import io.usdtcustody.screening.fixture.OfacFixture;
import io.usdtcustody.screening.list.ListChanges;
import io.usdtcustody.screening.list.ListedName;
import io.usdtcustody.screening.list.NameKind;
import io.usdtcustody.screening.list.OfacCsvLists;
import io.usdtcustody.screening.list.SanctionsList;
import io.usdtcustody.screening.list.SdnEntry;
import io.usdtcustody.screening.name.NameMatcher;
import io.usdtcustody.screening.name.Schema;
import io.usdtcustody.screening.search.NameHit;
import io.usdtcustody.screening.search.NameScreen;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ListUpdateRescreenTest {
    private static final String ROW = "%d,\"%s\",%s,\"SDGT\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,%s\r\n";

    @Test
    void newHits_shouldReportNewAndChangedEntriesOnly_whenTheListIsUpdated() {
        // c-karimov-again matched KARIMOV before the update added an alias: that hit is not new
        String sdnBefore = row(1, "PETROV, Ivan Sergeyevich", "individual", "\"DOB 1970\"")
                + row(2, "KARIMOV, Rustam", "individual", "-0- ") + row(3, "BLUE HARBOUR TRADING LLC", "-0- ", "-0- ")
                + row(4, "OLD NAME HOLDINGS", "-0- ", "-0- ");
        String sdnAfter = row(1, "PETROV, Ivan Sergeyevich", "individual", "\"DOB 1970\"")
                + row(2, "KARIMOV, Rustam", "individual", "-0- ") + row(3, "BLUE HARBOUR TRADING LLC", "-0- ", "-0- ")
                + row(5, "HADDAD, Leila", "individual", "-0- ");
        String altAfter = "2,10,aka,\"AL-SHAMI, Abu Musab\",-0- \r\n";
        ListUpdateRescreen rescreen = new ListUpdateRescreen(screen(sdnBefore, ""), screen(sdnAfter, altAfter));

        List<NewHit> hits = rescreen.newHits(List.of(
                Subject.person("c-petrov", "Ivan Petrov", LocalDate.of(1970, 5, 1)),
                Subject.person("c-karimov", "Abu Musab Al Shami", null),
                Subject.person("c-karimov-again", "Rustam Karimov", null),
                Subject.person("c-haddad", "Leila Haddad", null),
                Subject.company("c-harbour", "Blue Harbour Trading Ltd"),
                Subject.person("c-nobody", "Annika Lindqvist", null)));

        assertThat(hits).extracting(NewHit::customerId, h -> h.hit().entryId(), NewHit::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple("c-karimov", 2, NewHit.Reason.CHANGED_ENTRY),
                org.assertj.core.groups.Tuple.tuple("c-haddad", 5, NewHit.Reason.NEW_ENTRY));
        assertThat(hits.get(0).hit().matchedName()).isEqualTo("AL-SHAMI, Abu Musab");
        assertThat(hits.get(0).hit().explanation()).contains("musab = musab");
        assertThat(rescreen.changes().removed()).extracting(SdnEntry::id).containsExactly(4);
    }

    @Test
    void newHits_shouldBeEmptyWithoutScreening_whenTheListDidNotChange() {
        String sdn = row(1, "PETROV, Ivan", "individual", "-0- ");
        ListUpdateRescreen rescreen = new ListUpdateRescreen(screen(sdn, ""), screen(sdn, ""));
        assertThat(rescreen.changes().isEmpty()).isTrue();
        assertThat(rescreen.newHits(List.of(Subject.person("c1", "Ivan Petrov", null)))).isEmpty();
    }

    @Test
    void newHits_shouldNotReportACustomer_whoAlreadyMatchedTheChangedEntry() {
        String before = row(1, "PETROV, Ivan", "individual", "-0- ");
        String after = row(1, "PETROV, Ivan", "individual", "\"DOB 1970\"");
        ListUpdateRescreen rescreen = new ListUpdateRescreen(screen(before, ""), screen(after, ""));
        assertThat(rescreen.changes().changed()).hasSize(1);
        assertThat(rescreen.newHits(List.of(Subject.person("c1", "Ivan Petrov", LocalDate.of(1970, 1, 2))))).isEmpty();
    }

    @Test
    void newHits_shouldHoldEveryNewMatchOfFullScreens_whenTheRealListGainsEntriesAndAliases() {
        SanctionsList current = OfacFixture.list();
        Random random = new Random(11);
        List<SdnEntry> older = new ArrayList<>();
        List<SdnEntry> touched = new ArrayList<>();
        for (SdnEntry e : current.entries()) {
            int dice = random.nextInt(100);
            if (dice < 2 && e.schema() != Schema.ANY) {
                touched.add(e); // added by the update
            } else if (dice < 4 && e.names().size() > 1) {
                touched.add(e); // the update adds its aliases
                older.add(withoutAliases(e));
            } else {
                older.add(e);
            }
        }
        NameMatcher matcher = new NameMatcher(OfacFixture.weights());
        NameScreen before = NameScreen.of(SanctionsList.of("before", older), matcher);
        NameScreen after = NameScreen.of(current, matcher);
        List<Subject> population = new ArrayList<>();
        for (int k = 0; k < 300; k++) {
            SdnEntry e = touched.get(random.nextInt(touched.size()));
            ListedName name = e.names().get(random.nextInt(e.names().size()));
            population.add(new Subject("t" + k, name.text(), e.schema(), Optional.empty()));
            SdnEntry other = current.entries().get(random.nextInt(current.size()));
            population.add(new Subject("o" + k, other.primaryName(), other.schema(), Optional.empty()));
        }

        Set<String> expected = new HashSet<>();
        for (Subject s : population) {
            Set<Integer> was = new HashSet<>(before.screen(s.query()).stream().map(NameHit::entryId).toList());
            after.screen(s.query()).stream().filter(h -> !was.contains(h.entryId()))
                    .forEach(h -> expected.add(s.customerId() + "/" + h.entryId()));
        }
        Set<String> actual = new HashSet<>();
        new ListUpdateRescreen(before, after).newHits(population, h -> actual.add(h.customerId() + "/" + h.hit().entryId()));

        assertThat(expected).hasSizeGreaterThan(100);
        assertThat(actual).containsAll(expected);
        // the few more come from the changes-only screen scoring more candidates per entry than the full one
        assertThat(actual.size()).isLessThanOrEqualTo(expected.size() + expected.size() / 50);
        for (String extra : actual.stream().filter(x -> !expected.contains(x)).toList()) {
            Subject s = population.stream().filter(p -> p.customerId().equals(extra.split("/")[0])).findFirst().orElseThrow();
            SdnEntry entry = current.entry(Integer.parseInt(extra.split("/")[1])).orElseThrow();
            assertThat(after.compareWithEntry(s.query(), entry)).hasValueSatisfying(h -> assertThat(h.match()).isTrue());
        }
    }

    @Test
    void subject_shouldKeepNamesOutOfItsText_whenLogged() {
        assertThat(Subject.person("c-1", "Ivan Petrov", LocalDate.of(1970, 1, 1)).toString())
                .isEqualTo("Subject[customerId=c-1]");
    }

    @Test
    void changes_shouldListAddedChangedAndRemovedEntries_whenComparingTwoLists() {
        SanctionsList a = OfacCsvLists.read("a", new StringReader(row(1, "A", "-0- ", "-0- ") + row(2, "B", "-0- ", "-0- ")), new StringReader(""));
        SanctionsList b = OfacCsvLists.read("b", new StringReader(row(2, "B2", "-0- ", "-0- ") + row(3, "C", "-0- ", "-0- ")), new StringReader(""));
        ListChanges changes = ListChanges.between(a, b);
        assertThat(changes.added()).extracting(SdnEntry::id).containsExactly(3);
        assertThat(changes.changed()).extracting(SdnEntry::id).containsExactly(2);
        assertThat(changes.removed()).extracting(SdnEntry::id).containsExactly(1);
    }

    private static SdnEntry withoutAliases(SdnEntry e) {
        return new SdnEntry(e.id(), List.of(new ListedName(e.primaryName(), NameKind.PRIMARY)), e.schema(), e.programs(),
                e.title(), e.birthDates(), e.addresses(), e.inSdnFile());
    }

    private static NameScreen screen(String sdn, String alt) {
        SanctionsList list = OfacCsvLists.read("test", new StringReader(sdn), new StringReader(alt));
        return NameScreen.of(list, new NameMatcher(OfacFixture.weights()));
    }

    private static String row(int id, String name, String type, String remarks) {
        return String.format(ROW, id, name, type, remarks);
    }
}
