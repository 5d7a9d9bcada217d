package io.usdtcustody.localcloud.bench;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What a target is asked on its cold start, described for the report (and named by {@code variant} when a function
 * has more than one first request worth measuring), and the requests that put the data it reads in place through
 * the function's own API ({@code setup}, built and sent once, in the warm-up, before any measured cold start, so
 * the measured request finds what a real one would). {@code event} is asked for the event of each cold start,
 * given the setup responses' payloads in order: it may read the id of what setup created, or make each write new.
 */
record FirstRequest(String variant, String description, List<Supplier<byte[]>> setup, Function<List<byte[]>, byte[]> event) {
    FirstRequest {
        Objects.requireNonNull(variant, "variant");
        Objects.requireNonNull(description, "description");
        setup = List.copyOf(setup);
        Objects.requireNonNull(event, "event");
    }

    /** A request that needs no setup and is the same every time. */
    static FirstRequest of(String description, byte[] event) {
        byte[] copy = event.clone();
        return new FirstRequest("", description, List.of(), responses -> copy);
    }

    /** The same request, named apart from the function's main one ({@code kyc · name screening}). */
    FirstRequest as(String name) {
        return new FirstRequest(name, description, setup, event);
    }
}
