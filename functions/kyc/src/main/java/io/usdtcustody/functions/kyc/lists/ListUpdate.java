package io.usdtcustody.functions.kyc.lists;

import io.usdtcustody.functions.kyc.cases.port.KycCaseStore;
import io.usdtcustody.functions.kyc.lifecycle.ListUpdateRescreening;
import io.usdtcustody.functions.kyc.lists.port.AppliedList;
import io.usdtcustody.screening.search.NameScreen;
import java.time.Clock;
import java.util.Optional;

/**
 * A sanctions list update, however it arrives (an operator's command line or the upload of a version to the
 * sanctions-lists bucket): load the version customers were last screened against and the new one through the one
 * parser, re-screen every verified customer ({@link ListUpdateRescreening}: each new hit opens one review case),
 * then record the new version as applied, so the next update is compared with it. Repeating an update finds no new
 * hits (and review case ids are per version, so nothing opens twice).
 */
public final class ListUpdate {
    private final SanctionsLists lists;
    private final AppliedList applied;
    private final KycCaseStore cases;
    private final Clock clock;

    public ListUpdate(SanctionsLists lists, AppliedList applied, KycCaseStore cases, Clock clock) {
        this.lists = lists;
        this.applied = applied;
        this.cases = cases;
        this.clock = clock;
    }

    /** What a run compared and found. */
    public record Report(String previous, String current, ListUpdateRescreening.Result result) {
    }

    /**
     * Re-screens against {@code current}, compared with {@code previous} or, when none is given, with the version
     * last applied (the jar's copy before any update).
     */
    public Report run(Optional<ListLocation> previous, ListLocation current) {
        ListLocation before = previous.or(() -> applied.applied().map(ListLocation::parse)).orElse(ListLocation.CLASSPATH);
        NameScreen previousScreen = NameScreen.of(lists.load(before));
        NameScreen currentScreen = NameScreen.of(lists.load(current));
        ListUpdateRescreening.Result result = new ListUpdateRescreening(cases, clock).run(previousScreen, currentScreen);
        applied.record(current.toString());
        return new Report(before.toString(), current.toString(), result);
    }
}
