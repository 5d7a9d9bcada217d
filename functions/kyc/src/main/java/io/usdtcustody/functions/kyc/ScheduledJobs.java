package io.usdtcustody.functions.kyc;

import com.fasterxml.jackson.databind.JsonNode;
import io.usdtcustody.functions.kyc.lifecycle.ListUpdateRescreening;
import io.usdtcustody.functions.kyc.lifecycle.PeriodicReview;
import io.usdtcustody.functions.kyc.lists.ListLocation;
import io.usdtcustody.functions.kyc.lists.ListUpdate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What an EventBridge event asks of the KYC jobs function: the daily schedule ({@code "detail-type": "Scheduled
 * Event"}) runs the periodic review; S3's {@code "Object Created"} for a version marker {@code …/READY} in the
 * sanctions-lists bucket re-screens against that version ({@link ListUpdate}, the same code as the command line).
 * Any other event is refused, naming only its source and type. Answers with the run's counts (no personal data).
 */
public final class ScheduledJobs {
    static final String SCHEDULED = "Scheduled Event";
    static final String OBJECT_CREATED = "Object Created";
    static final String MARKER = "READY";

    private final PeriodicReview periodicReview;
    private final ListUpdate listUpdate;

    public ScheduledJobs(PeriodicReview periodicReview, ListUpdate listUpdate) {
        this.periodicReview = periodicReview;
        this.listUpdate = listUpdate;
    }

    public Map<String, Object> handle(JsonNode event) {
        String type = event.path("detail-type").asText("");
        String source = event.path("source").asText("");
        if (SCHEDULED.equals(type)) {
            PeriodicReview.Result result = periodicReview.run();
            Map<String, Object> report = new LinkedHashMap<>();
            report.put("job", "periodic-review");
            report.put("day", result.day().toString());
            report.put("due", result.due());
            report.put("reviewsOpened", result.opened());
            report.put("reviewsAlreadyOpen", result.alreadyOpen());
            report.put("failed", result.failed());
            return report;
        }
        if (OBJECT_CREATED.equals(type) && "aws.s3".equals(source)) {
            String bucket = event.path("detail").path("bucket").path("name").asText("");
            String key = event.path("detail").path("object").path("key").asText("");
            if (bucket.isEmpty() || !key.endsWith("/" + MARKER)) {
                throw new IllegalArgumentException("an Object Created event that is not a list version marker (…/"
                        + MARKER + ")");
            }
            return report(listUpdate.run(Optional.empty(), ListLocation.S3Folder.ofMarker(bucket, key)));
        }
        throw new IllegalArgumentException("not an event of the KYC jobs: source '" + source + "', detail-type '"
                + type + "'");
    }

    /** A list update's report, as the function answers it and the command line prints it. */
    public static Map<String, Object> report(ListUpdate.Report update) {
        ListUpdateRescreening.Result result = update.result();
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("previous", update.previous());
        report.put("current", update.current());
        report.put("customersScreened", result.customersScreened());
        report.put("newHits", result.newHits());
        report.put("reviewsOpened", result.reviewsOpened());
        report.put("reviewsAlreadyOpen", result.reviewsAlreadyOpen());
        return report;
    }
}
