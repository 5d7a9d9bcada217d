package io.usdtcustody.model.catalogue;

import static io.usdtcustody.model.catalogue.KeyAttribute.string;

import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The one list of every table, stream, bucket, function and service the platform deploys. The local cloud
 * creates exactly these, and the CDK stacks declare exactly these: a name appears here once and nowhere else.
 *
 * <p>Names are logical; {@link ResourceNaming} turns them into physical names for an environment (or for one
 * test class, so test classes can run in parallel against one local cloud).
 */
public final class ResourceCatalogue {

    // --- tables -------------------------------------------------------------------------------------------
    /** Generic single-table keys: every table is {@code pk}/{@code sk} with one overloaded index {@code gsi1}. */
    private static final KeyAttribute PK = string("pk");
    private static final KeyAttribute SK = string("sk");
    private static final IndexSpec GSI1 = IndexSpec.of("gsi1", string("gsi1pk"), string("gsi1sk"));

    public static final TableSpec CUSTOMERS = table("customers", Owner.ONBOARDING_FUNCTION,
            "customers, profiles, consents and KYC cases, partitioned by tenant");
    public static final TableSpec LEDGER = table("ledger", Owner.CUSTODY_SERVICE,
            "funding ledger: account balances, transfers, holds and the per-account journal");
    public static final TableSpec WALLETS = table("wallets", Owner.CUSTODY_SERVICE,
            "deposit addresses and index allocation, chain cursors, nonces, withdrawals");
    public static final TableSpec RECEIPTS = table("receipts", Owner.RECEIPTS_FUNCTION,
            "signed digital receipts for deposits, withdrawals and trades");
    public static final TableSpec AUDIT = table("audit", Owner.CUSTODY_SERVICE,
            "hash-chained audit log of policy decisions, approvals and signatures");
    public static final TableSpec IDEMPOTENCY = new TableSpec("idempotency", string("id"), Optional.empty(),
            List.of(), Optional.of("expiration"), Owner.ONBOARDING_FUNCTION,
            "idempotency records of write requests to the functions (payload hash, status, expiry)");

    public static final TableSpec OUTBOX = table("outbox", Owner.CUSTODY_SERVICE,
            "transactional outbox: events written with the state change they describe, relayed to Kinesis");

    public static final List<TableSpec> TABLES = List.of(CUSTOMERS, LEDGER, WALLETS, RECEIPTS, AUDIT, IDEMPOTENCY, OUTBOX);

    // --- streams ------------------------------------------------------------------------------------------
    public static final StreamSpec WALLET_EVENTS = new StreamSpec("wallet-events", 2, Owner.CUSTODY_SERVICE,
            "deposits, withdrawals, transfers and approvals; partition key = account");
    public static final StreamSpec ORDER_EVENTS = new StreamSpec("order-events", 2, Owner.MATCHING_SERVICE,
            "order lifecycle events; partition key = account");
    public static final StreamSpec TRADE_EVENTS = new StreamSpec("trade-events", 2, Owner.MATCHING_SERVICE,
            "executed trades and market data; partition key = symbol");

    /** Funding → trading: custody's outbox puts each transfer here, matching credits it once by transfer id. */
    public static final StreamSpec TRADING_TRANSFERS = new StreamSpec("trading-transfers", 1, Owner.CUSTODY_SERVICE,
            "funding → trading transfers for the matching engine to credit; partition key = tenant/account");
    /** Trading → funding: matching puts each journaled withdrawal here, custody credits it once by transfer id. */
    public static final StreamSpec TRADING_WITHDRAWALS = new StreamSpec("trading-withdrawals", 1,
            Owner.MATCHING_SERVICE,
            "trading → funding withdrawals for custody's ledger to credit; partition key = tenant/account");

    public static final List<StreamSpec> STREAMS = List.of(WALLET_EVENTS, ORDER_EVENTS, TRADE_EVENTS,
            TRADING_TRANSFERS, TRADING_WITHDRAWALS);

    // --- buckets ------------------------------------------------------------------------------------------
    public static final BucketSpec REPORTS = new BucketSpec("reports", 0, Owner.REPORTING_FUNCTION,
            "scheduled report exports for finance and compliance");
    public static final BucketSpec RECEIPT_ARCHIVE = new BucketSpec("receipt-archive", 2555, Owner.RECEIPTS_FUNCTION,
            "write-once archive of signed receipts (object lock, 7 years)");

    /**
     * Sanctions list versions as published ({@code ofac/<version>/sdn.csv} and {@code alt.csv}, then the marker
     * {@code ofac/<version>/READY}); the marker's upload starts re-screening ({@link #KYC_SCHEDULED}).
     */
    public static final BucketSpec SANCTIONS_LISTS = new BucketSpec("sanctions-lists", 0, Owner.KYC_FUNCTION,
            "sanctions list versions (OFAC sdn.csv and alt.csv per version) that re-screening reads");

    public static final List<BucketSpec> BUCKETS = List.of(REPORTS, RECEIPT_ARCHIVE, SANCTIONS_LISTS);

    // --- functions ----------------------------------------------------------------------------------------
    /** The KYC vendor's API token and webhook signing secret: Secrets Manager secrets in AWS. */
    private static final String KYC_VENDOR_API_TOKEN = "KYC_VENDOR_API_TOKEN";
    private static final String KYC_VENDOR_WEBHOOK_SECRET = "KYC_VENDOR_WEBHOOK_SECRET";

    /** Reads balances from custody over HTTP (custody is declared below, {@link #CUSTODY}). */
    public static final FunctionSpec ONBOARDING = new FunctionSpec("onboarding", "functions/onboarding",
            "io.usdtcustody.functions.onboarding.OnboardingHandler::handleRequest", 1024, 15,
            List.of(), List.of(CUSTOMERS.name(), IDEMPOTENCY.name()), List.of(), List.of(), List.of(),
            List.of("custody"), List.of());
    public static final FunctionSpec KYC = new FunctionSpec("kyc", "functions/kyc",
            "io.usdtcustody.functions.kyc.KycHandler::handleRequest", 1024, 15,
            List.of(), List.of(CUSTOMERS.name(), IDEMPOTENCY.name()), List.of(), List.of(), List.of(), List.of(),
            List.of(KYC_VENDOR_API_TOKEN, KYC_VENDOR_WEBHOOK_SECRET));
    /**
     * The KYC function's jobs, same jar, own handler: the daily periodic review (an EventBridge schedule) and
     * re-screening when a sanctions list version lands in {@link #SANCTIONS_LISTS} (an S3 event through
     * EventBridge). It opens cases at the vendor, so it holds the vendor's API token, not the webhook secret.
     */
    public static final FunctionSpec KYC_SCHEDULED = new FunctionSpec("kyc-scheduled", "functions/kyc",
            "io.usdtcustody.functions.kyc.ScheduledKycHandler::handleRequest", 2048, 900,
            List.of(), List.of(CUSTOMERS.name()), List.of(), List.of(), List.of(SANCTIONS_LISTS.name()), List.of(),
            List.of(KYC_VENDOR_API_TOKEN));
    public static final FunctionSpec ADVICE = new FunctionSpec("advice", "functions/advice",
            "io.usdtcustody.functions.advice.AdviceHandler::handleRequest", 1024, 30,
            List.of(CUSTOMERS.name()), List.of(), List.of(), List.of());
    public static final FunctionSpec RECEIPTS_FN = new FunctionSpec("receipts", "functions/receipts",
            "io.usdtcustody.functions.receipts.ReceiptsHandler::handleRequest", 1024, 30,
            List.of(), List.of(RECEIPTS.name()), List.of(WALLET_EVENTS.name(), TRADE_EVENTS.name()),
            List.of(RECEIPT_ARCHIVE.name()));
    public static final FunctionSpec REPORTING = new FunctionSpec("reporting", "functions/reporting",
            "io.usdtcustody.functions.reporting.ReportingHandler::handleRequest", 2048, 300,
            List.of(LEDGER.name(), CUSTOMERS.name(), RECEIPTS.name()), List.of(), List.of(),
            List.of(REPORTS.name()));

    /**
     * API Gateway's request authorizer on both edges (partner key or Cognito ID token → tenant). It reads no table:
     * a partner key names its tenant and API Gateway checks the key, and Cognito's keys are public. Its timeout
     * bounds one JWKS fetch (2 s connect + 2 s read).
     */
    public static final FunctionSpec AUTHORIZER = new FunctionSpec("authorizer", "functions/authorizer",
            "io.usdtcustody.functions.authorizer.AuthorizerHandler::handleRequest", 1024, 6,
            List.of(), List.of(), List.of(), List.of());

    public static final List<FunctionSpec> FUNCTIONS = List.of(ONBOARDING, KYC, KYC_SCHEDULED, ADVICE, RECEIPTS_FN,
            REPORTING, AUTHORIZER);

    // --- services -----------------------------------------------------------------------------------------
    public static final ServiceSpec CUSTODY = new ServiceSpec("custody", "custody-fargate", 8081, 1024, 2048,
            "/health", List.of(LEDGER.name(), WALLETS.name(), AUDIT.name(), OUTBOX.name()), List.of(CUSTOMERS.name()),
            List.of(WALLET_EVENTS.name(), TRADING_TRANSFERS.name()), List.of(TRADING_WITHDRAWALS.name()),
            // Tether's USDT contract on Ethereum mainnet, and the confirmations custody waits for there
            Map.of("USDT_ERC20_CONTRACT", "0xdAC17F958D2ee523a2206206994597C13D831ec7",
                    "CUSTODY_DEPOSITS_CONFIRMATIONS", "12",
                    "CUSTODY_WITHDRAWALS_CONFIRMATIONS", "12"),
            // the node URL usually carries a provider API key
            List.of("EVM_RPC_URL"),
            // hot keys sign withdrawals, sweeps and receipts; cold keys only approved replenishments
            Map.of("HSM_HOT_TOKEN", "usdt-hot", "HSM_COLD_TOKEN", "usdt-cold"));
    public static final ServiceSpec MATCHING = new ServiceSpec("matching", "matching-fargate", 8082, 2048, 4096,
            "/health", List.of(), List.of(),
            List.of(ORDER_EVENTS.name(), TRADE_EVENTS.name(), TRADING_WITHDRAWALS.name()),
            List.of(TRADING_TRANSFERS.name()), Map.of(), List.of(), Map.of());

    public static final List<ServiceSpec> SERVICES = List.of(CUSTODY, MATCHING);

    // --- public API ---------------------------------------------------------------------------------------
    /** Routes, usage plans and JWT tenant claim of the public API (local gateway and API Gateway alike). */
    public static final ApiSpec API = PublicApi.spec(ONBOARDING, KYC, CUSTODY);

    private ResourceCatalogue() {
    }

    public static TableSpec table(String name) {
        return find(TABLES, TableSpec::name, name);
    }

    public static StreamSpec stream(String name) {
        return find(STREAMS, StreamSpec::name, name);
    }

    public static BucketSpec bucket(String name) {
        return find(BUCKETS, BucketSpec::name, name);
    }

    /** Every logical name in the catalogue; they must be unique within their kind. */
    public static Stream<String> allNames() {
        return Stream.of(TABLES.stream().map(TableSpec::name), STREAMS.stream().map(StreamSpec::name),
                BUCKETS.stream().map(BucketSpec::name), FUNCTIONS.stream().map(FunctionSpec::name),
                SERVICES.stream().map(ServiceSpec::name)).flatMap(s -> s);
    }

    private static TableSpec table(String name, Owner owner, String purpose) {
        return new TableSpec(name, PK, Optional.of(SK), List.of(GSI1), Optional.empty(), owner, purpose);
    }

    private static <T> T find(List<T> items, Function<T, String> key, String name) {
        return items.stream().filter(i -> key.apply(i).equals(name)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("not in the resource catalogue: " + name));
    }
}
