package io.usdtcustody.functions.kyc.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.usdtcustody.functions.common.RequestBody;
import io.usdtcustody.functions.kyc.cases.CasePurpose;
import io.usdtcustody.functions.kyc.cases.DocumentType;
import io.usdtcustody.functions.kyc.cases.IdentityData;
import io.usdtcustody.functions.kyc.cases.KycLevel;
import io.usdtcustody.functions.kyc.cases.RiskProfile;
import io.usdtcustody.functions.kyc.lifecycle.NewDocument;
import io.usdtcustody.functions.kyc.mrz.MrzDocument;
import io.usdtcustody.functions.kyc.mrz.MrzFormat;
import io.usdtcustody.functions.kyc.mrz.MrzParser;
import io.usdtcustody.functions.kyc.mrz.MrzResult;
import io.usdtcustody.functions.kyc.risk.PepStatus;
import io.usdtcustody.functions.kyc.risk.Product;
import io.usdtcustody.functions.kyc.risk.VolumeBand;
import io.usdtcustody.model.kyc.KycVendorApi.DocumentUpload;
import io.usdtcustody.model.travelrule.ivms101.IsoCountries;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The request bodies of the case routes, read strictly ({@link RequestBody}, {@link JsonMembers}) into what the
 * lifecycle takes.
 * <pre>
 *   POST /v1/customers/{customerId}/kyc-cases
 *     {"level":"STANDARD", "countryOfResidence":"DE", "pep":"NONE", "product":"TRADING",
 *      "expectedMonthlyVolumeUsdt":"5000", "purpose":"ONBOARDING"}            (purpose optional)
 *   POST /v1/kyc-cases/{caseId}/documents
 *     {"type":"PASSPORT", "mrz":["P&lt;UTO…", "L898902C3…"]}                   (PASSPORT: TD3, ID_CARD: TD1/TD2)
 *     {"type":"PROOF_OF_ADDRESS", "fileReference":"uploads/demo/alice/poa.pdf"}
 * </pre>
 * An MRZ must pass every ICAO 9303 check; its problems come back as {@code mrz.<field>} errors, never quoting it.
 */
final class CaseRequests {
    /** Whole USDT a month; far above any real customer, far below overflow. */
    static final long MAX_MONTHLY_VOLUME_USDT = 1_000_000_000_000L;
    private static final Set<String> OPEN_MEMBERS = Set.of("level", "purpose", "countryOfResidence", "pep", "product",
            "expectedMonthlyVolumeUsdt");
    private static final Set<String> DOCUMENT_MEMBERS = Set.of("type", "mrz", "fileReference");

    /** What opening a case asks for. */
    record OpenCase(CasePurpose purpose, KycLevel level, RiskProfile profile) {
    }

    private CaseRequests() {
    }

    static OpenCase openCase(JsonNode body) {
        RequestBody request = RequestBody.of(body, OPEN_MEMBERS);
        Optional<KycLevel> level = request.enumValue("level", KycLevel.class);
        Optional<CasePurpose> purpose = JsonMembers.optionalEnum(body, request, "purpose", CasePurpose.class,
                CasePurpose.ONBOARDING);
        Optional<String> country = request.text("countryOfResidence", 2);
        if (country.isPresent() && !IsoCountries.isAssigned(country.get())) {
            request.error("countryOfResidence", "must be an ISO 3166-1 alpha-2 code");
        }
        Optional<PepStatus> pep = request.enumValue("pep", PepStatus.class);
        Optional<Product> product = request.enumValue("product", Product.class);
        Optional<Long> volume = JsonMembers.wholeNumber(body, request, "expectedMonthlyVolumeUsdt", 0,
                MAX_MONTHLY_VOLUME_USDT, true);
        request.validate();
        return new OpenCase(purpose.orElseThrow(), level.orElseThrow(),
                new RiskProfile(country.orElseThrow(), pep.orElseThrow(), product.orElseThrow(), VolumeBand.of(volume.orElseThrow())));
    }

    static NewDocument document(JsonNode body, LocalDate today) {
        RequestBody request = RequestBody.of(body, DOCUMENT_MEMBERS);
        Optional<DocumentType> type = request.enumValue("type", DocumentType.class);
        Optional<List<String>> mrz = JsonMembers.textList(body, request, "mrz", DocumentUpload.MAX_MRZ_LINES,
                DocumentUpload.MAX_MRZ_LINE_LENGTH + 8);
        Optional<String> file = request.optionalText("fileReference", 200);
        if (file.isPresent() && !DocumentUpload.isFileReference(file.get())) {
            request.error("fileReference", "must be an object key: letters, digits and . _ - /");
        }
        request.validate();
        if (type.orElseThrow().hasMrz()) {
            if (mrz.isEmpty() || file.isPresent()) {
                request.error("mrz", "an identity document is given by its MRZ lines, and only by them");
                request.validate();
            }
            List<String> lines = mrz.get().stream().map(String::strip).toList();
            MrzDocument read = readMrz(request, type.get(), lines, today);
            return new NewDocument(type.get(), lines, Optional.of(IdentityData.of(read)), Optional.empty());
        }
        if (file.isEmpty() || mrz.isPresent()) {
            request.error("fileReference", "a " + type.get() + " is given by its fileReference, and only by it");
            request.validate();
        }
        return new NewDocument(type.get(), List.of(), Optional.empty(), file);
    }

    private static MrzDocument readMrz(RequestBody request, DocumentType type, List<String> lines, LocalDate today) {
        MrzResult result = MrzParser.parse(lines, today);
        if (!result.ok()) {
            result.fieldErrors("mrz").forEach(error -> request.error(error.field(), error.message()));
            request.validate();
        }
        MrzDocument document = result.document();
        boolean passport = document.format() == MrzFormat.TD3 && document.documentCode().startsWith("P");
        boolean idCard = document.format() != MrzFormat.TD3 && "IAC".indexOf(document.documentCode().charAt(0)) >= 0;
        if (type == DocumentType.PASSPORT ? !passport : !idCard) {
            request.error("mrz", type == DocumentType.PASSPORT ? "a PASSPORT has a TD3 zone with document code P"
                    : "an ID_CARD has a TD1 or TD2 zone with document code I, A or C");
            request.validate();
        }
        return document;
    }
}
