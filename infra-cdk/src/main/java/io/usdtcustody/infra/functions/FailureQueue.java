package io.usdtcustody.infra.functions;

import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.sqs.Queue;
import software.amazon.awscdk.services.sqs.QueueEncryption;
import software.constructs.Construct;

/**
 * Where events a function could not process are kept for an operator (stream batches, scheduled and S3 events):
 * an SQS queue, SQS-managed encryption, TLS only, 14 days, kept when the stack goes.
 */
final class FailureQueue {
    private FailureQueue() {
    }

    static Queue create(Construct scope, String id) {
        return Queue.Builder.create(scope, id)
                .encryption(QueueEncryption.SQS_MANAGED)
                .enforceSsl(true)
                .retentionPeriod(Duration.days(14))
                .removalPolicy(RemovalPolicy.RETAIN)
                .build();
    }
}
