package io.usdtcustody.functions.kyc.cli;

import io.usdtcustody.functions.common.LambdaClients;
import io.usdtcustody.functions.kyc.cases.adapter.DynamoDbKycCaseStore;
import io.usdtcustody.functions.kyc.lifecycle.ListUpdateRescreening;
import io.usdtcustody.model.catalogue.ResourceCatalogue;
import io.usdtcustody.model.json.JsonCodec;
import io.usdtcustody.screening.list.OfacCsvLists;
import io.usdtcustody.screening.list.SanctionsList;
import io.usdtcustody.screening.list.SanctionsListException;
import io.usdtcustody.screening.search.NameScreen;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The re-screening entry point for a sanctions list update, for operators and schedulers:
 * <pre>
 *   java -cp function-kyc.jar io.usdtcustody.functions.kyc.cli.RescreenMain --previous DIR|classpath --current DIR
 * </pre>
 * {@code DIR} holds OFAC's {@code sdn.csv} and {@code alt.csv} ({@code classpath}: the copy in the jar). Every
 * verified customer of every tenant is screened against what changed, and each new hit opens a SANCTIONS_REVIEW
 * case ({@link ListUpdateRescreening}). The customers table is the one {@code RESOURCE_PREFIX} and
 * {@code AWS_ENDPOINT_URL_DYNAMODB}/{@code AWS_REGION} and credentials name (e.g. {@code .run/state/cloud.env}).
 * Prints one JSON object; bad arguments or an unreadable list print {@code error: …} and exit 2.
 */
public final class RescreenMain {
    private RescreenMain() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.getenv(), System.out, System.err));
    }

    static int run(String[] args, Map<String, String> environment, PrintStream out, PrintStream err) {
        if (args.length != 4 || !"--previous".equals(args[0]) || !"--current".equals(args[2])) {
            err.println("error: usage: RescreenMain --previous DIR|classpath --current DIR|classpath");
            return 2;
        }
        NameScreen previous;
        NameScreen current;
        try {
            previous = NameScreen.of(list(args[1]));
            current = NameScreen.of(list(args[3]));
        } catch (SanctionsListException e) {
            err.println("error: " + e.getMessage());
            return 2;
        }
        LambdaClients clients = new LambdaClients(environment);
        JsonCodec codec = new JsonCodec();
        try (var dynamoDb = clients.dynamoDb()) {
            var store = new DynamoDbKycCaseStore(dynamoDb, clients.naming().table(ResourceCatalogue.CUSTOMERS), codec);
            ListUpdateRescreening.Result result = new ListUpdateRescreening(store, Clock.systemUTC()).run(previous, current);
            Map<String, Object> report = new LinkedHashMap<>();
            report.put("previous", previous.list().source());
            report.put("current", current.list().source());
            report.put("customersScreened", result.customersScreened());
            report.put("newHits", result.newHits());
            report.put("reviewsOpened", result.reviewsOpened());
            report.put("reviewsAlreadyOpen", result.reviewsAlreadyOpen());
            out.println(new String(codec.write(report), StandardCharsets.UTF_8));
        }
        return 0;
    }

    private static SanctionsList list(String where) {
        return "classpath".equals(where) ? OfacCsvLists.fromClasspath() : OfacCsvLists.fromDirectory(Path.of(where));
    }
}
