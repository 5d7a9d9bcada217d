package io.usdtcustody.matching.api;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.usdtcustody.matching.api.idempotency.IdempotentWrites;
import io.usdtcustody.matching.api.idempotency.StoredResponse;
import io.usdtcustody.matching.core.CommandOutcome;
import io.usdtcustody.matching.core.CommandRefusedException;
import io.usdtcustody.model.errors.PlatformException;
import io.usdtcustody.model.errors.Problem;
import io.usdtcustody.model.errors.ProblemMapper;
import io.usdtcustody.model.json.JsonCodec;
import jakarta.inject.Singleton;
import java.net.URI;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs an order write under its {@code Idempotency-Key}: a retry of an answered request gets the stored response
 * (marked {@value #REPLAYED_HEADER}); otherwise the key is claimed, the command submitted, and whatever the
 * engine answered (success or a refusal's problem+json) is stored before it is sent. A write refused before the
 * journal (queue full, a lookup that found nothing) releases the key; one whose outcome is unknown keeps it.
 */
@Singleton
final class KeyedCommands {
    static final String REPLAYED_HEADER = "Idempotent-Replayed";

    private final IdempotentWrites writes;
    private final ProblemMapper problems;

    KeyedCommands(IdempotentWrites writes, JsonCodec codec) {
        this.writes = writes;
        this.problems = new ProblemMapper(codec);
    }

    /** A success body as the client will see it. */
    record Answer(HttpStatus status, byte[] json) {
    }

    /**
     * {@code request} describes the write canonically (method, path and parsed body), so equal requests have
     * equal descriptions; {@code submit} may read the engine first and throw a problem (nothing changed then);
     * {@code answer} renders a successful outcome and throws the problem of a refusal.
     */
    HttpResponse<byte[]> run(String tenant, String key, String path, String request,
            Supplier<CompletableFuture<CommandOutcome>> submit, Function<CommandOutcome, Answer> answer) {
        String scopedKey = IdempotentWrites.scopedKey(tenant, key);
        Optional<StoredResponse> replay = writes.claim(scopedKey, request);
        if (replay.isPresent()) {
            return http(replay.get()).header(REPLAYED_HEADER, "true");
        }
        CompletableFuture<CommandOutcome> pending;
        try {
            pending = submit.get();
        } catch (RuntimeException e) {
            writes.release(scopedKey);
            throw e;
        }
        CommandOutcome outcome;
        try {
            outcome = Outcomes.await(pending);
        } catch (PlatformException e) {
            if (notTaken(pending)) {
                writes.release(scopedKey);
            } else { // timed out: store the outcome when it comes; a failure leaves the key claimed (unknown)
                pending.thenAcceptAsync(late -> writes.answer(scopedKey, stored(late, answer, path)));
            }
            throw e;
        }
        StoredResponse response = stored(outcome, answer, path);
        writes.answer(scopedKey, response);
        return http(response);
    }

    private StoredResponse stored(CommandOutcome outcome, Function<CommandOutcome, Answer> answer, String path) {
        try {
            Answer success = answer.apply(outcome);
            return new StoredResponse(success.status().getCode(), MediaType.APPLICATION_JSON, success.json());
        } catch (PlatformException refused) {
            Problem problem = problems.toProblem(refused, URI.create(path));
            return new StoredResponse(problem.status(), ProblemMapper.MEDIA_TYPE, problems.toJson(problem));
        }
    }

    /** True when the core refused the command before journaling it, so it certainly changed nothing. */
    private static boolean notTaken(CompletableFuture<CommandOutcome> pending) {
        Throwable failure = pending.handle((outcome, error) -> error).getNow(null);
        return failure instanceof CommandRefusedException refused
                && refused.reason() != CommandRefusedException.Reason.STOPPED;
    }

    private static MutableHttpResponse<byte[]> http(StoredResponse response) {
        return HttpResponse.<byte[]>status(HttpStatus.valueOf(response.status()))
                .contentType(response.contentType()).body(response.body());
    }
}
