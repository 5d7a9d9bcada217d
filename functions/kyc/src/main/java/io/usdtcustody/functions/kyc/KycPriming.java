package io.usdtcustody.functions.kyc;

import io.usdtcustody.functions.kyc.mrz.MrzParser;
import io.usdtcustody.functions.kyc.risk.CountryRiskLists;
import io.usdtcustody.functions.kyc.risk.PepStatus;
import io.usdtcustody.functions.kyc.risk.Product;
import io.usdtcustody.functions.kyc.risk.RiskFactors;
import io.usdtcustody.functions.kyc.risk.RiskModel;
import io.usdtcustody.functions.kyc.risk.RiskScorer;
import io.usdtcustody.functions.kyc.risk.ScreeningStatus;
import io.usdtcustody.functions.kyc.risk.VolumeBand;
import io.usdtcustody.functions.kyc.screening.SanctionsScreening;
import io.usdtcustody.model.errors.ErrorCode;
import io.usdtcustody.model.errors.PlatformException;
import io.usdtcustody.model.errors.ProblemMapper;
import io.usdtcustody.model.json.JsonCodec;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * What KYC primes before a SnapStart snapshot (the hook is {@code functions.common.SnapStartPriming}): the
 * sanctions screen (seconds no restored environment should repeat) and, once, the request path's pure parts —
 * the JSON codec, a problem body, the MRZ parser on the ICAO specimen and the risk scorer on a fixed profile,
 * against a fixed date. No clock, no random number, no connection.
 */
final class KycPriming {
    /** ICAO 9303 Part 4's specimen passport, read against a fixed day. */
    private static final List<String> SPECIMEN = List.of("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
            "L898902C36UTO7408122F1204159ZE184226B<<<<<10");
    private static final LocalDate FIXED_DAY = LocalDate.of(2025, 1, 1);

    private KycPriming() {
    }

    static void prime(SanctionsScreening screening, JsonCodec codec) {
        screening.prime();
        codec.write(codec.readTree("{\"level\":\"BASIC\",\"mrz\":[\"P<\"]}".getBytes(StandardCharsets.UTF_8)));
        new ProblemMapper(codec).toJson(new PlatformException(ErrorCode.VALIDATION_FAILED, "priming"), null);
        MrzParser.parse(SPECIMEN, FIXED_DAY);
        new RiskScorer(RiskModel.defaults(), CountryRiskLists.defaults()).assess(new RiskFactors("DE", List.of("DE"),
                PepStatus.NONE, Product.TRADING, VolumeBand.UP_TO_10K, ScreeningStatus.CLEAR), FIXED_DAY);
    }
}
