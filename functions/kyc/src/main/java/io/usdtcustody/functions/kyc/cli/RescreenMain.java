package io.usdtcustody.functions.kyc.cli;

import io.usdtcustody.functions.common.LambdaClients;
import io.usdtcustody.functions.kyc.ScheduledJobs;
import io.usdtcustody.functions.kyc.ScheduledKycWiring;
import io.usdtcustody.functions.kyc.lists.ListLocation;
import io.usdtcustody.functions.kyc.lists.ListUpdate;
import io.usdtcustody.model.catalogue.ResourceCatalogue;
import io.usdtcustody.model.json.JsonCodec;
import io.usdtcustody.screening.list.SanctionsListException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * The re-screening entry point for a sanctions list update, for operators (in AWS the upload of a version to the
 * sanctions-lists bucket runs the same {@link ListUpdate} in the KYC jobs function):
 * <pre>
 *   java -cp function-kyc.jar io.usdtcustody.functions.kyc.cli.RescreenMain --current LOCATION [--previous LOCATION]
 * </pre>
 * A {@code LOCATION} is a folder with OFAC's {@code sdn.csv} and {@code alt.csv}, {@code classpath} (the copy in the
 * jar) or {@code s3://<bucket>/<folder>/}; without {@code --previous} the version last applied is the baseline (the
 * jar's copy before any). Every verified customer of every tenant is screened against what changed, each new hit
 * opens a SANCTIONS_REVIEW case, and the current version is recorded as applied. The customers table, bucket
 * endpoint and credentials are the ones {@code RESOURCE_PREFIX}, {@code AWS_ENDPOINT_URL_*}, {@code AWS_REGION}
 * name (e.g. {@code .run/state/cloud.env}). Prints one JSON object; bad arguments or an unreadable list print
 * {@code error: …} and exit 2.
 */
public final class RescreenMain {
    private static final String USAGE = "error: usage: RescreenMain --current DIR|classpath|s3://bucket/folder/"
            + " [--previous DIR|classpath|s3://bucket/folder/]";

    private RescreenMain() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.getenv(), System.out, System.err));
    }

    static int run(String[] args, Map<String, String> environment, PrintStream out, PrintStream err) {
        Map<String, String> options = new java.util.HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        Optional<String> current = Optional.ofNullable(options.remove("--current"));
        Optional<String> previous = Optional.ofNullable(options.remove("--previous"));
        if (current.isEmpty() || !options.isEmpty() || args.length % 2 != 0) {
            err.println(USAGE);
            return 2;
        }
        LambdaClients clients = new LambdaClients(environment);
        JsonCodec codec = new JsonCodec();
        try (var dynamoDb = clients.dynamoDb()) {
            ListUpdate update = ScheduledKycWiring.listUpdate(environment, dynamoDb,
                    clients.naming().table(ResourceCatalogue.CUSTOMERS), codec, Clock.systemUTC());
            ListUpdate.Report report = update.run(previous.map(ListLocation::parse), ListLocation.parse(current.get()));
            out.println(new String(codec.write(ScheduledJobs.report(report)), StandardCharsets.UTF_8));
            return 0;
        } catch (SanctionsListException | IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return 2;
        }
    }
}
