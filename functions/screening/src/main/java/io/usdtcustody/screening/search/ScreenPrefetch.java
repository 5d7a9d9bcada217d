package io.usdtcustody.screening.search;

import io.usdtcustody.screening.list.OfacCsvLists;
import io.usdtcustody.screening.list.SanctionsList;
import io.usdtcustody.screening.name.Schema;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Reads the shipped list's prebuilt screen ({@link ScreenImage}) on a background daemon thread, once per JVM, and
 * runs one fixed query on it (the preparer's and scorer's classes, the list text, the remarks' patterns), so the
 * first {@code NameScreen.of(OfacCsvLists.fromClasspath())} of a Lambda environment finds it ready instead of
 * spending about 0.15 s of CPU on it. Started by a function's init, where it runs beside the SDK client's class
 * loading on a second core. The query is a constant with a fixed date: nothing here reads the clock, draws a random
 * number or opens a connection, so it may run before a SnapStart snapshot.
 */
final class ScreenPrefetch {
    private static final ScreeningQuery WARM_UP = ScreeningQuery.of("Prefetch Example-Name", Schema.PERSON,
            LocalDate.of(1970, 1, 1));
    private static final AtomicReference<CompletableFuture<Optional<NameScreen>>> STARTED = new AtomicReference<>();

    private ScreenPrefetch() {
    }

    static void start() {
        CompletableFuture<Optional<NameScreen>> prefetched = new CompletableFuture<>();
        if (!STARTED.compareAndSet(null, prefetched)) {
            return;
        }
        Thread thread = new Thread(() -> {
            Optional<NameScreen> screen = Optional.empty();
            try {
                screen = ScreenImage.read(OfacCsvLists.fromClasspath());
                screen.ifPresent(s -> s.screen(WARM_UP));
            } catch (RuntimeException e) {
                // the function's own first screen reads the list again and reports what is wrong with it
            } finally {
                prefetched.complete(screen);
            }
        }, "sanctions-screen-prefetch");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * The prefetched screen as a screen of {@code list}, when prefetching was started and {@code list} was read from
     * the same files (waiting for the prefetch to finish); empty otherwise.
     */
    static Optional<NameScreen> forList(SanctionsList list) {
        CompletableFuture<Optional<NameScreen>> prefetched = STARTED.get();
        if (prefetched == null || list.files().isEmpty()) {
            return Optional.empty();
        }
        SanctionsList.SourceFiles files = list.files().get();
        return prefetched.join()
                .filter(screen -> screen.list().files().map(own -> Arrays.equals(own.sdnCsv(), files.sdnCsv())
                        && Arrays.equals(own.altCsv(), files.altCsv())).orElse(false))
                .map(screen -> screen.withList(list));
    }
}
