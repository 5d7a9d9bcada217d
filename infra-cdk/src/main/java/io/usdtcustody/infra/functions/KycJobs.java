package io.usdtcustody.infra.functions;

import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.events.CronOptions;
import software.amazon.awscdk.services.events.EventPattern;
import software.amazon.awscdk.services.events.Match;
import software.amazon.awscdk.services.events.Rule;
import software.amazon.awscdk.services.events.Schedule;
import software.amazon.awscdk.services.events.targets.LambdaFunction;
import software.amazon.awscdk.services.events.targets.LambdaFunctionProps;
import software.amazon.awscdk.services.lambda.EventInvokeConfigOptions;
import software.amazon.awscdk.services.lambda.destinations.SqsDestination;
import software.amazon.awscdk.services.s3.IBucket;
import software.amazon.awscdk.services.sqs.Queue;
import software.constructs.Construct;

/**
 * What starts the KYC jobs function: a daily schedule (periodic reviews fall due by the day) and the upload of a
 * sanctions list version's marker {@code ofac/<version>/READY} to the lists bucket, which re-screens every verified
 * customer. Both are EventBridge rules on the function's {@code live} alias, with retries and a bounded event age; an
 * event that cannot be delivered, or whose run still fails after Lambda's two retries (the handler throws on a
 * failed run; every job is idempotent), lands in one encrypted queue, {@code KycJobFailures}, for an operator.
 *
 * <p>The upload reaches the function as S3's "Object Created" event on EventBridge (the bucket publishes its events
 * there, see the storage stack) rather than as a bucket notification: a notification would make the storage stack
 * point at the functions stack, which already points at the bucket (a cycle), and CDK implements notifications
 * with a custom-resource Lambda allowed {@code s3:PutBucketNotification} on every bucket.
 */
final class KycJobs {
    /** 03:00 UTC: after the nightly export (02:00), when due dates have turned over. */
    static final CronOptions DAILY_REVIEW = CronOptions.builder().minute("0").hour("3").build();
    /** The key suffix that publishes a list version, written after its {@code sdn.csv} and {@code alt.csv}. */
    static final String LIST_MARKER_SUFFIX = "/READY";

    private KycJobs() {
    }

    static void schedule(Construct scope, CatalogueFunction jobs, IBucket lists) {
        Queue failures = FailureQueue.create(scope, "KycJobFailures");
        jobs.live().configureAsyncInvoke(EventInvokeConfigOptions.builder()
                .retryAttempts(2)
                .onFailure(new SqsDestination(failures))
                .build());
        Rule.Builder.create(scope, "PeriodicReview")
                .description("Daily KYC periodic review: due standings expire and a PERIODIC_REVIEW case opens")
                .schedule(Schedule.cron(DAILY_REVIEW))
                .targets(List.of(target(jobs, Duration.hours(6), failures)))
                .build();
        Rule.Builder.create(scope, "SanctionsListPublished")
                .description("A sanctions list version was published: re-screen every verified customer")
                .eventPattern(EventPattern.builder()
                        .source(List.of("aws.s3"))
                        .detailType(List.of("Object Created"))
                        .detail(Map.of(
                                "bucket", Map.of("name", List.of(lists.getBucketName())),
                                "object", Map.of("key", Match.suffix(LIST_MARKER_SUFFIX))))
                        .build())
                .targets(List.of(target(jobs, Duration.hours(24), failures)))
                .build();
    }

    private static LambdaFunction target(CatalogueFunction jobs, Duration maxEventAge, Queue failures) {
        return new LambdaFunction(jobs.live(), LambdaFunctionProps.builder()
                .retryAttempts(3)
                .maxEventAge(maxEventAge)
                .deadLetterQueue(failures)
                .build());
    }
}
