package io.usdtcustody.localcloud.bench;

import java.util.List;
import java.util.Objects;

/**
 * What a target is asked on its cold start ({@code event}), described for the report, and the requests that put
 * the data it reads in place through the function's own API ({@code setup}, sent once before any measured cold
 * start, so the measured request finds what a real one would).
 */
record FirstRequest(String description, List<byte[]> setup, byte[] event) {
    FirstRequest {
        Objects.requireNonNull(description, "description");
        setup = List.copyOf(setup);
        Objects.requireNonNull(event, "event");
    }

    static FirstRequest of(String description, byte[] event) {
        return new FirstRequest(description, List.of(), event);
    }
}
