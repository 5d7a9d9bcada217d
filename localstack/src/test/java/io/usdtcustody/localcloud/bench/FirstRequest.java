package io.usdtcustody.localcloud.bench;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * What a target is asked on its cold start, described for the report (and named by {@code variant} when a function
 * has more than one first request worth measuring), and the requests that put the data it reads
 * in place through the function's own API ({@code setup}, sent once before any measured cold start, so the
 * measured request finds what a real one would). The measured event may depend on what setup answered (the id of
 * what it created): {@code event} turns the setup responses' payloads, in order, into the event.
 */
record FirstRequest(String variant, String description, List<byte[]> setup, Function<List<byte[]>, byte[]> event) {
    FirstRequest {
        Objects.requireNonNull(variant, "variant");
        Objects.requireNonNull(description, "description");
        setup = List.copyOf(setup);
        Objects.requireNonNull(event, "event");
    }

    /** A request that needs no setup. */
    static FirstRequest of(String description, byte[] event) {
        byte[] copy = event.clone();
        return new FirstRequest("", description, List.of(), responses -> copy);
    }

    /** The same request, named apart from the function's main one ({@code kyc · name screening}). */
    FirstRequest as(String name) {
        return new FirstRequest(name, description, setup, event);
    }
}
