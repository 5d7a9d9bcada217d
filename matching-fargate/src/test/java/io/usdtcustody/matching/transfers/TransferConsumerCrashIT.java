package io.usdtcustody.matching.transfers;

import static org.assertj.core.api.Assertions.assertThat;

import io.usdtcustody.localcloud.LocalCloud.Service;
import io.usdtcustody.localcloud.ProjectLayout;
import io.usdtcustody.localcloud.junit.CloudResources;
import io.usdtcustody.localcloud.junit.LocalCloudTest;
import io.usdtcustody.localcloud.launcher.ServiceProcess;
import io.usdtcustody.localcloud.process.Await;
import io.usdtcustody.localcloud.process.Ports;
import io.usdtcustody.model.catalogue.ResourceCatalogue;
import io.usdtcustody.model.events.trading.TradingTransfer;
import io.usdtcustody.model.events.trading.TradingTransferEvents;
import io.usdtcustody.model.json.JsonCodec;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kinesis.KinesisClient;
import software.amazon.awssdk.services.kinesis.model.PutRecordsRequestEntry;

/**
 * The matching jar killed with SIGKILL while it consumes {@code trading-transfers} from the local Kinesis (every
 * transfer put twice, as custody's at-least-once relay may): after a restart on the same data directory each
 * transfer id is credited once, so the trading balance is exactly the sum of the distinct transfers.
 * {@code -Dtrading.crash.rounds=N} repeats the kill and restart N times (default 1).
 */
@LocalCloudTest(Service.KINESIS)
class TransferConsumerCrashIT {
    private static final int ROUNDS = Integer.getInteger("trading.crash.rounds", 1);
    private static final int TRANSFERS = 300;
    private static final JsonCodec CODEC = new JsonCodec();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void restartAfterKill_shouldCreditEachTransferOnce_whenKilledMidStream(CloudResources cloud) throws Exception {
        Path data = Files.createTempDirectory("matching-transfer-crash");
        Map<String, String> environment = new HashMap<>(cloud.environment());
        environment.put("MATCHING_DATA_DIR", data.toString());
        Map<String, String> slow = new HashMap<>(environment);
        slow.put("MATCHING_TRANSFERS_BATCH", "4");
        slow.put("MATCHING_TRANSFERS_POLL_INTERVAL", "30ms");
        String stream = cloud.naming().stream(ResourceCatalogue.TRADING_TRANSFERS);

        for (int round = 1; round <= ROUNDS; round++) {
            String tenant = "crash" + round + UUID.randomUUID().toString().substring(0, 6);
            putTransfersTwice(cloud.kinesis(), stream, tenant);
            BigDecimal beforeKill;
            try (ServiceProcess matching = start(slow, cloud)) {
                Await.until("some transfers credited", Duration.ofSeconds(60),
                        () -> available(matching, tenant).compareTo(new BigDecimal("20")) >= 0, () -> "");
                beforeKill = available(matching, tenant);
                matching.kill();
            }
            assertThat(beforeKill).as("killed mid-stream").isLessThan(new BigDecimal("150"));
            try (ServiceProcess matching = start(environment, cloud)) {
                Await.until("every transfer credited", Duration.ofSeconds(60),
                        () -> available(matching, tenant).compareTo(new BigDecimal("150")) >= 0, () -> "");
                Thread.sleep(2_000); // a second credit of any transfer would land by now
                assertThat(available(matching, tenant)).isEqualByComparingTo("150");
            }
        }
    }

    private static ServiceProcess start(Map<String, String> environment, CloudResources cloud) {
        return ServiceProcess.start(ProjectLayout.locate(), ResourceCatalogue.MATCHING, Ports.freeOr(0), environment,
                cloud.cloud().stateDir());
    }

    /** 300 transfers of 0.5 USDT to {@code alice}, each record put twice in a row. */
    private static void putTransfersTwice(KinesisClient kinesis, String stream, String tenant) {
        List<PutRecordsRequestEntry> entries = new ArrayList<>();
        for (int i = 0; i < TRANSFERS; i++) {
            byte[] data = CODEC.encode(CODEC.wrap(TradingTransferEvents.TO_TRADING, UUID.randomUUID(), Instant.now(),
                    tenant, new TradingTransfer(UUID.randomUUID().toString(), "alice", "USDT", "ETHEREUM", "0.5")));
            PutRecordsRequestEntry entry = PutRecordsRequestEntry.builder().data(SdkBytes.fromByteArray(data))
                    .partitionKey(TradingTransferEvents.partitionKey(tenant, "alice")).build();
            entries.add(entry);
            entries.add(entry);
        }
        for (int from = 0; from < entries.size(); from += 100) {
            List<PutRecordsRequestEntry> batch = entries.subList(from, Math.min(from + 100, entries.size()));
            assertThat(kinesis.putRecords(r -> r.streamName(stream).records(batch)).failedRecordCount()).isZero();
        }
    }

    private static BigDecimal available(ServiceProcess matching, String tenant) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                    URI.create(matching.endpoint() + "/v1/accounts/alice/balances")).header("X-Tenant-Id", tenant)
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            for (var balance : CODEC.readTree(response.body().getBytes()).path("balances")) {
                if ("USDT".equals(balance.path("asset").asText())) {
                    return new BigDecimal(balance.path("available").asText());
                }
            }
            return BigDecimal.ZERO;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
