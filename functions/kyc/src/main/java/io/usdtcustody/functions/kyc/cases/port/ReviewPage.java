package io.usdtcustody.functions.kyc.cases.port;

import io.usdtcustody.functions.kyc.cases.KycCase;
import io.usdtcustody.functions.kyc.cases.ReviewCursor;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** One page of a tenant's review queue, oldest first, and where the next page starts (none after the last). */
public record ReviewPage(List<KycCase> cases, Optional<ReviewCursor> next) {
    public ReviewPage {
        cases = List.copyOf(cases);
        Objects.requireNonNull(next, "next");
    }
}
