package io.usdtcustody.custody.trading;

import static io.usdtcustody.custody.trading.TradingServices.CODEC;
import static io.usdtcustody.custody.trading.TradingServices.await;
import static io.usdtcustody.custody.trading.TradingServices.balance;
import static io.usdtcustody.custody.trading.TradingServices.funding;
import static io.usdtcustody.custody.trading.TradingServices.fundedTenant;
import static io.usdtcustody.custody.trading.TradingServices.post;
import static io.usdtcustody.custody.trading.TradingServices.tradingAvailable;
import static org.assertj.core.api.Assertions.assertThat;

import io.usdtcustody.custody.ledger.AccountPurpose;
import io.usdtcustody.custody.ledger.TransferKind;
import io.usdtcustody.custody.ledger.adapter.DynamoDbLedger;
import io.usdtcustody.localcloud.LocalCloud.Service;
import io.usdtcustody.localcloud.junit.CloudResources;
import io.usdtcustody.localcloud.junit.LocalCloudTest;
import io.usdtcustody.localcloud.launcher.ServiceProcess;
import io.usdtcustody.model.catalogue.ResourceCatalogue;
import io.usdtcustody.model.tenancy.TenantId;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Funding ↔ trading end to end: the custody and matching jars against the local cloud's DynamoDB and Kinesis.
 * A transfer made at custody's API shows up as a trading balance in matching; a withdrawal at matching's API
 * comes back to the customer's funding account; each is booked once on both sides however often it is retried.
 * Needs both jars in this build's folder ({@code -pl custody-fargate,matching-fargate -am package}).
 */
@LocalCloudTest({Service.DYNAMODB, Service.KINESIS})
class TradingTransfersIT {
    private static final Duration ARRIVAL = Duration.ofSeconds(30);
    private static ServiceProcess custody;
    private static ServiceProcess matching;
    private static DynamoDbLedger ledger;

    @BeforeAll
    static void start(CloudResources cloud) throws Exception {
        ledger = TradingServices.ledger(cloud);
        custody = TradingServices.start(cloud, ResourceCatalogue.CUSTODY, Map.of(
                "CUSTODY_OUTBOX_RELAY_INTERVAL", "100ms", "CUSTODY_TRADING_CONSUMER_POLL_INTERVAL", "100ms"));
        matching = TradingServices.start(cloud, ResourceCatalogue.MATCHING, Map.of(
                "MATCHING_DATA_DIR", Files.createTempDirectory("matching-transfers").toString(),
                "MATCHING_TRANSFERS_POLL_INTERVAL", "100ms"));
    }

    @AfterAll
    static void stop() {
        if (matching != null) {
            matching.close();
        }
        if (custody != null) {
            custody.close();
        }
    }

    @Test
    void transfers_shouldMoveFundsBothWaysOnce_whenEveryRequestIsSentTwice() throws Exception {
        TenantId tenant = fundedTenant(ledger, "alice", "100");
        String toTrading = "{\"customerId\":\"alice\",\"asset\":\"USDT\",\"chain\":\"ETHEREUM\",\"amount\":\"40\"}";

        HttpResponse<String> sent = post(custody, "/v1/trading-transfers", tenant, "in-1", toTrading);
        HttpResponse<String> resent = post(custody, "/v1/trading-transfers", tenant, "in-1", toTrading);

        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
        assertThat(resent.statusCode()).isEqualTo(200);
        assertThat(CODEC.readTree(resent.body().getBytes()).path("transferId").asText())
                .isEqualTo(CODEC.readTree(sent.body().getBytes()).path("transferId").asText());
        assertThat(balance(ledger, tenant, funding(tenant, "alice"))).isEqualTo("60");
        await("the trading balance", ARRIVAL, () -> trading(tenant, "alice").compareTo(new BigDecimal("40")) == 0);

        String fromTrading = "{\"account\":\"alice\",\"asset\":\"USDT\",\"amount\":\"15.5\"}";
        HttpResponse<String> withdrawn = post(matching, "/v1/trading-withdrawals", tenant, "out-1", fromTrading);
        HttpResponse<String> rewithdrawn = post(matching, "/v1/trading-withdrawals", tenant, "out-1", fromTrading);

        assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(201);
        assertThat(withdrawn.body()).contains("\"status\":\"PUBLISHED\"", "\"amount\":\"15.5\"");
        assertThat(rewithdrawn.statusCode()).isEqualTo(200);
        assertThat(trading(tenant, "alice")).isEqualByComparingTo("24.5");
        await("the funding credit", ARRIVAL, () -> balance(ledger, tenant, funding(tenant, "alice")).equals("75.5"));
        assertThat(balance(ledger, tenant, TradingTransferService.omnibus(tenant))).isEqualTo("24.5");
        Thread.sleep(1_000); // a second credit would have arrived by now
        assertThat(balance(ledger, tenant, funding(tenant, "alice"))).isEqualTo("75.5");
        assertThat(ledger.journal(tenant, funding(tenant, "alice"), Instant.EPOCH, Instant.now().plusSeconds(60), 100))
                .extracting(e -> e.kind()).containsExactly(TransferKind.DEPOSIT, TransferKind.TO_TRADING,
                        TransferKind.FROM_TRADING);
    }

    @Test
    void transfers_shouldAnswerProblemsAndBookNothing_whenRefused() throws Exception {
        TenantId tenant = fundedTenant(ledger, "bob", "10");
        String tooMuch = "{\"customerId\":\"bob\",\"asset\":\"USDT\",\"chain\":\"ETHEREUM\",\"amount\":\"10.000001\"}";

        HttpResponse<String> short422 = post(custody, "/v1/trading-transfers", tenant, "in-1", tooMuch);
        HttpResponse<String> bad400 = post(custody, "/v1/trading-transfers", tenant, "in-2",
                "{\"customerId\":\"bob\",\"asset\":\"USDT\",\"chain\":\"TRON\",\"amount\":\"1\"}");
        HttpResponse<String> noKey = post(custody, "/v1/trading-transfers", tenant, null, tooMuch);
        HttpResponse<String> inTrading = post(custody, "/v1/trading-transfers", tenant, "in-3",
                "{\"customerId\":\"bob\",\"asset\":\"USDT\",\"chain\":\"ETHEREUM\",\"amount\":\"4\"}");
        HttpResponse<String> reused = post(custody, "/v1/trading-transfers", tenant, "in-3",
                "{\"customerId\":\"bob\",\"asset\":\"USDT\",\"chain\":\"ETHEREUM\",\"amount\":\"5\"}");

        assertThat(short422.statusCode()).isEqualTo(422);
        assertThat(short422.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(short422.body()).contains("INSUFFICIENT_FUNDS");
        assertThat(bad400.statusCode()).isEqualTo(400);
        assertThat(bad400.body()).contains("chain");
        assertThat(noKey.statusCode()).isEqualTo(400);
        assertThat(inTrading.statusCode()).isEqualTo(201);
        assertThat(reused.statusCode()).isEqualTo(409);
        assertThat(balance(ledger, tenant, funding(tenant, "bob"))).isEqualTo("6");
        await("the trading balance", ARRIVAL, () -> trading(tenant, "bob").compareTo(new BigDecimal("4")) == 0);

        HttpResponse<String> overdrawn = post(matching, "/v1/trading-withdrawals", tenant, "out-1",
                "{\"account\":\"bob\",\"asset\":\"USDT\",\"amount\":\"4.000001\"}");
        HttpResponse<String> badAmount = post(matching, "/v1/trading-withdrawals", tenant, "out-2",
                "{\"account\":\"bob\",\"asset\":\"USDT\",\"amount\":\"1.0000001\"}");

        assertThat(overdrawn.statusCode()).isEqualTo(422);
        assertThat(overdrawn.body()).contains("INSUFFICIENT_FUNDS");
        assertThat(badAmount.statusCode()).isEqualTo(400);
        assertThat(trading(tenant, "bob")).isEqualByComparingTo("4");
        assertThat(balance(ledger, tenant, funding(tenant, "bob"))).isEqualTo("6");
        assertThat(balance(ledger, tenant, TradingTransferService.omnibus(tenant))).isEqualTo("4");
    }

    private static BigDecimal trading(TenantId tenant, String account) {
        return new BigDecimal(tradingAvailable(matching, tenant, account, "USDT"));
    }
}
