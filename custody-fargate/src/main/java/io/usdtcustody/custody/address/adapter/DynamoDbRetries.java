package io.usdtcustody.custody.address.adapter;

import io.usdtcustody.model.errors.ErrorCode;
import io.usdtcustody.model.errors.PlatformException;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;

/** Reading a cancelled DynamoDB transaction, and the jittered pause before trying a conflicting one again. */
final class DynamoDbRetries {
    private DynamoDbRetries() {
    }

    /** Whether the transaction item at {@code position} failed its condition (as opposed to a conflict). */
    static boolean failedCondition(List<CancellationReason> reasons, int position) {
        return reasons.size() > position && "ConditionalCheckFailed".equals(reasons.get(position).code());
    }

    static void backOff(int attempt) {
        long ceilingMillis = Math.min(200, 5L << Math.min(attempt, 6));
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, ceilingMillis + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PlatformException(ErrorCode.UNAVAILABLE, "interrupted while retrying a write", e);
        }
    }
}
