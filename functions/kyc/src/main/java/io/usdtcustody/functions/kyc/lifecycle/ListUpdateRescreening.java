package io.usdtcustody.functions.kyc.lifecycle;

import io.usdtcustody.functions.kyc.cases.ExternalRef;
import io.usdtcustody.functions.kyc.cases.KycCase;
import io.usdtcustody.functions.kyc.cases.KycStanding;
import io.usdtcustody.functions.kyc.cases.ScreeningReview;
import io.usdtcustody.functions.kyc.cases.port.KycCaseStore;
import io.usdtcustody.functions.kyc.screening.SanctionsScreening;
import io.usdtcustody.screening.rescreen.ListUpdateRescreen;
import io.usdtcustody.screening.rescreen.NewHit;
import io.usdtcustody.screening.rescreen.Subject;
import io.usdtcustody.screening.search.NameHit;
import io.usdtcustody.screening.search.NameScreen;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What runs when the sanctions list is updated: every verified customer (the latest approved case of each, of
 * every tenant) is re-screened by the screening library's {@link ListUpdateRescreen}, which reports only hits that
 * are new with this update; each customer with new hits gets one SANCTIONS_REVIEW case, IN_REVIEW with the hits
 * and their explanations, and its standing becomes UNDER_REVIEW. The review case's id is derived from the
 * customer, the entries hit and the list version, so running the same update twice opens each review once.
 */
public final class ListUpdateRescreening {
    private final KycCaseStore store;
    private final Clock clock;

    public ListUpdateRescreening(KycCaseStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** How a run went: customers screened, new hits, review cases opened now and already open from a previous run. */
    public record Result(int customersScreened, int newHits, int reviewsOpened, int reviewsAlreadyOpen) {
    }

    public Result run(NameScreen previous, NameScreen current) {
        Map<String, KycCase> latestApproved = new LinkedHashMap<>();
        store.forEachApprovedCase(approved -> approved.identity().ifPresent(identity -> latestApproved.merge(
                subjectId(approved), approved, (a, b) -> a.createdAt().isAfter(b.createdAt()) ? a : b)));
        List<Subject> population = new ArrayList<>();
        latestApproved.forEach((id, approved) -> {
            var identity = approved.identity().orElseThrow();
            population.add(Subject.person(id, identity.fullName(), identity.birthDate()));
        });
        Map<String, List<NameHit>> hitsBySubject = new LinkedHashMap<>();
        for (NewHit hit : new ListUpdateRescreen(previous, current).newHits(population)) {
            hitsBySubject.computeIfAbsent(hit.customerId(), k -> new ArrayList<>()).add(hit.hit());
        }
        Instant now = clock.instant();
        int opened = 0;
        int newHits = 0;
        for (Map.Entry<String, List<NameHit>> entry : hitsBySubject.entrySet()) {
            KycCase approved = latestApproved.get(entry.getKey());
            List<NameHit> hits = entry.getValue().stream().sorted(Comparator.comparingInt(NameHit::entryId)).toList();
            newHits += hits.size();
            ScreeningReview review = new ScreeningReview(ScreeningReview.Trigger.LIST_UPDATE, current.list().source(),
                    hits.stream().map(SanctionsScreening::reviewHit).toList(), now);
            KycCase reviewCase = KycCase.sanctionsReview(approved, reviewCaseId(approved, hits, current), review, now);
            if (store.createReview(reviewCase, KycStanding.of(reviewCase))) {
                opened++;
            }
        }
        return new Result(population.size(), newHits, opened, hitsBySubject.size() - opened);
    }

    private static String subjectId(KycCase approved) {
        return ExternalRef.of(approved.tenant(), approved.customerId(), "customer");
    }

    private static String reviewCaseId(KycCase approved, List<NameHit> hits, NameScreen list) {
        StringBuilder key = new StringBuilder(approved.tenant().value()).append('|').append(approved.customerId())
                .append('|').append(list.list().source());
        hits.forEach(hit -> key.append('|').append(hit.entryId()));
        return "sr-" + UUID.nameUUIDFromBytes(key.toString().getBytes(StandardCharsets.UTF_8));
    }
}
