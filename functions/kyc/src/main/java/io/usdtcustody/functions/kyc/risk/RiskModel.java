package io.usdtcustody.functions.kyc.risk;

import io.usdtcustody.model.json.JsonCodec;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The risk model as data: points per factor value, the score from which a customer is MEDIUM and HIGH, and
 * what each tier means ({@link TierPolicy}). {@code version} is stored with every assessment, so a changed
 * model never rewrites history silently; compliance owns the numbers and can ship a new table as JSON
 * ({@link #fromJson}) without a code change. Nationality contributes {@code nationalityPercent} percent of the
 * country points (residence weighs more than a passport), rounded down.
 */
public record RiskModel(String version, Map<CountryRiskLevel, Integer> countryPoints, int nationalityPercent,
                        Map<PepStatus, Integer> pepPoints, Map<Product, Integer> productPoints,
                        Map<VolumeBand, Integer> volumePoints, Map<ScreeningStatus, Integer> screeningPoints,
                        int mediumFrom, int highFrom, List<TierPolicy> tiers) {

    public RiskModel {
        if (version == null || version.isBlank()) {
            throw new IllegalArgumentException("a risk model has a version");
        }
        countryPoints = complete(countryPoints, CountryRiskLevel.class);
        pepPoints = complete(pepPoints, PepStatus.class);
        productPoints = complete(productPoints, Product.class);
        volumePoints = complete(volumePoints, VolumeBand.class);
        screeningPoints = complete(screeningPoints, ScreeningStatus.class);
        if (nationalityPercent < 0 || nationalityPercent > 100) {
            throw new IllegalArgumentException("nationalityPercent is 0..100");
        }
        if (mediumFrom < 1 || highFrom <= mediumFrom) {
            throw new IllegalArgumentException("tiers need 0 < mediumFrom < highFrom");
        }
        tiers = List.copyOf(Objects.requireNonNull(tiers, "tiers"));
        requireOnePolicyPerTierWithFallingLimits(tiers);
    }

    /**
     * The platform's model {@code 2025-06-30.1}. Points: a grey-listed country 25, an EU high-risk third
     * country 20, a FATF call-for-action country 50; a domestic PEP 20, a foreign PEP 40; trading 10, OTC 25;
     * volume bands 0/10/20/35; an open sanctions review 40. MEDIUM from 20 points, HIGH from 45.
     * Limits (USDT per transaction / rolling 24 h): LOW 50,000 / 100,000; MEDIUM 20,000 / 50,000;
     * HIGH 10,000 / 20,000 with enhanced due diligence; reviews every 36, 24 and 12 months.
     */
    public static RiskModel defaults() {
        return new RiskModel("2025-06-30.1",
                Map.of(CountryRiskLevel.STANDARD, 0, CountryRiskLevel.EU_HIGH_RISK_THIRD_COUNTRY, 20,
                        CountryRiskLevel.FATF_INCREASED_MONITORING, 25, CountryRiskLevel.FATF_CALL_FOR_ACTION, 50,
                        CountryRiskLevel.PROHIBITED, 100),
                50,
                Map.of(PepStatus.NONE, 0, PepStatus.DOMESTIC, 20, PepStatus.FOREIGN, 40),
                Map.of(Product.CUSTODY_ONLY, 0, Product.TRADING, 10, Product.OTC, 25),
                Map.of(VolumeBand.UP_TO_10K, 0, VolumeBand.UP_TO_100K, 10, VolumeBand.UP_TO_1M, 20,
                        VolumeBand.ABOVE_1M, 35),
                Map.of(ScreeningStatus.CLEAR, 0, ScreeningStatus.POTENTIAL_MATCH_UNDER_REVIEW, 40,
                        ScreeningStatus.CONFIRMED_MATCH, 100),
                20, 45,
                List.of(new TierPolicy(RiskTier.LOW, usdt(50_000), usdt(100_000), false, 36, true),
                        new TierPolicy(RiskTier.MEDIUM, usdt(20_000), usdt(50_000), false, 24, true),
                        new TierPolicy(RiskTier.HIGH, usdt(10_000), usdt(20_000), true, 12, true),
                        new TierPolicy(RiskTier.PROHIBITED, 0, 0, true, 12, false)));
    }

    /** Reads a model from JSON with the codec's strict rules (every member present, no unknown members). */
    public static RiskModel fromJson(byte[] json, JsonCodec codec) {
        return codec.read(json, RiskModel.class);
    }

    /** The policy of {@code tier}. */
    public TierPolicy policy(RiskTier tier) {
        return tiers.stream().filter(policy -> policy.tier() == tier).findFirst().orElseThrow();
    }

    /** The tier a score alone gives (never PROHIBITED: only rules prohibit). */
    public RiskTier tierForScore(int score) {
        return score >= highFrom ? RiskTier.HIGH : score >= mediumFrom ? RiskTier.MEDIUM : RiskTier.LOW;
    }

    private static long usdt(long whole) {
        return whole * 1_000_000L;
    }

    private static <E extends Enum<E>> Map<E, Integer> complete(Map<E, Integer> points, Class<E> type) {
        Objects.requireNonNull(points, type.getSimpleName() + " points");
        EnumMap<E, Integer> copy = new EnumMap<>(type);
        for (E value : type.getEnumConstants()) {
            Integer p = points.get(value);
            if (p == null || p < 0 || p > 1000) {
                throw new IllegalArgumentException("every " + type.getSimpleName() + " needs 0..1000 points");
            }
            copy.put(value, p);
        }
        return Map.copyOf(copy);
    }

    private static void requireOnePolicyPerTierWithFallingLimits(List<TierPolicy> tiers) {
        long perTransaction = Long.MAX_VALUE;
        long rolling = Long.MAX_VALUE;
        for (RiskTier tier : RiskTier.values()) {
            List<TierPolicy> matching = tiers.stream().filter(policy -> policy.tier() == tier).toList();
            if (matching.size() != 1) {
                throw new IllegalArgumentException("each tier needs exactly one policy");
            }
            TierPolicy policy = matching.get(0);
            if (policy.perTransactionMicros() > perTransaction || policy.rolling24hMicros() > rolling) {
                throw new IllegalArgumentException("a riskier tier cannot have higher limits");
            }
            perTransaction = policy.perTransactionMicros();
            rolling = policy.rolling24hMicros();
        }
        if (tiers.size() != RiskTier.values().length) {
            throw new IllegalArgumentException("each tier needs exactly one policy");
        }
    }
}
