package io.usdtcustody.functions.kyc.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.usdtcustody.functions.common.RequestBody;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.usdtcustody.functions.kyc.screening.SanctionsScreening;
import io.usdtcustody.screening.name.Schema;
import io.usdtcustody.screening.search.NameHit;
import io.usdtcustody.screening.search.ScreeningQuery;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code POST /v1/screening/names} for partners screening names of their own: the best hits against the sanctions
 * list, matches and near misses (score at least {@value SanctionsScreening#MIN_SEARCH_SCORE}), each with its
 * score, whether it is a match at the threshold, and the matcher's explanation.
 * <pre>
 *   {"name":"Ayman al-Zawahiri", "schema":"Person", "birthDate":"1951-06-19", "limit":5}   (all but name optional)
 *   → {"list":"classpath:ofac", "threshold":0.72, "hits":[{"entryId":2676, "listedName":"AL ZAWAHIRI, Dr. Ayman",
 *      "matchedName":…, "schema":"Person", "programs":["SDGT"], "score":0.95, "match":true, "explanation":…}]}
 * </pre>
 * The screened name is never logged or echoed.
 */
final class NameScreeningApi {
    static final int DEFAULT_LIMIT = 10;
    private static final Set<String> MEMBERS = Set.of("name", "schema", "birthDate", "limit");
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final SanctionsScreening screening;

    NameScreeningApi(SanctionsScreening screening) {
        this.screening = screening;
    }

    ObjectNode screen(JsonNode body) {
        RequestBody request = RequestBody.of(body, MEMBERS);
        Optional<String> name = request.text("name", ScreeningQuery.MAX_NAME_LENGTH);
        Schema schema = request.optionalText("schema", 20).map(text -> {
            try {
                return Schema.parseQuerySchema(text);
            } catch (IllegalArgumentException e) {
                request.error("schema", "must be Person, Company or Organization");
                return Schema.ANY;
            }
        }).orElse(Schema.ANY);
        Optional<LocalDate> birthDate = request.optionalText("birthDate", 10).flatMap(text -> {
            try {
                return Optional.of(LocalDate.parse(text));
            } catch (DateTimeParseException e) {
                request.error("birthDate", "must be a date as YYYY-MM-DD");
                return Optional.empty();
            }
        });
        int limit = JsonMembers.wholeNumber(body, request, "limit", 1, SanctionsScreening.MAX_SEARCH_HITS, false)
                .orElse((long) DEFAULT_LIMIT).intValue();
        request.validate();
        List<NameHit> hits = screening.search(new ScreeningQuery(name.orElseThrow(), schema, birthDate), limit,
                SanctionsScreening.MIN_SEARCH_SCORE);
        ObjectNode response = JSON.objectNode().put("list", screening.listSource())
                .put("threshold", CaseViews.score(screening.threshold()));
        ArrayNode found = response.putArray("hits");
        hits.forEach(hit -> {
            ObjectNode entry = found.addObject().put("entryId", hit.entryId()).put("listedName", hit.primaryName())
                    .put("matchedName", hit.matchedName()).put("schema", hit.schema().label());
            ArrayNode programs = entry.putArray("programs");
            hit.programs().forEach(programs::add);
            entry.put("score", CaseViews.score(hit.score())).put("match", hit.match())
                    .put("explanation", hit.explanation());
        });
        return response;
    }
}
