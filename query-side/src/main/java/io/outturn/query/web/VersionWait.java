package io.outturn.query.web;

import io.outturn.query.config.QueryProperties;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.async.DeferredResult;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * Read-your-writes ({@code ?waitForVersion=n}) without holding a request thread while the projection catches up
 * (issue 9: two hundred waiting reads from one viewer held two hundred threads, and slowed everyone's cards).
 *
 * <p>The read is answered at once when the read model already shows version n. Otherwise the request is released to
 * the container ({@link DeferredResult}) and follows a subscription query on the document's version: the projection
 * emits each document's new version after the batch that wrote it has committed, from whichever query-side instance
 * projected it (through Axon Server in the distributed set-up), and the subscription's initial result is the version
 * stored when it was registered, so nothing in between is missed. The first version at or beyond n answers the
 * read, read afresh from the read model; if none comes within {@code outturn.query.max-wait}, what there is then is
 * answered as stale. A client may have at most {@code outturn.query.max-waits-per-client} reads waiting at once; a
 * read beyond that is answered at once, as stale if it has not been reached, rather than waiting.
 */
@Component
public class VersionWait {

    private static final Logger log = LoggerFactory.getLogger(VersionWait.class);
    private static final Long NOT_REACHED = -1L;

    private final QueryGateway queries;
    private final QueryProperties properties;
    private final ConcurrentMap<String, Integer> waitingByClient = new ConcurrentHashMap<>();

    VersionWait(QueryGateway queries, QueryProperties properties) {
        this.queries = queries;
        this.properties = properties;
    }

    /**
     * How a read is answered: the document found (or none) and whether it is short of the version asked for make
     * the response, whose body may be a view of the document.
     */
    @FunctionalInterface
    public interface Answer<D, B> {
        ResponseEntity<B> of(Optional<D> found, boolean stale);
    }

    /**
     * The answer to a read that waits for {@code wanted}: {@code versionQuery} is the subscription query on the
     * document's version (its initial result and updates are {@code Long}s), {@code read} reads the document from
     * the read model, {@code answer} makes the response (and may throw, e.g. 404 when there is no document).
     */
    public <D, B> DeferredResult<ResponseEntity<B>> until(Object versionQuery, long wanted, Supplier<Optional<D>> read,
                                                         ToLongFunction<D> versionOf, Answer<D, B> answer) {
        // The container's own timeout is only a backstop: the wait below ends itself after max-wait.
        DeferredResult<ResponseEntity<B>> result =
                new DeferredResult<>(properties.maxWait().multipliedBy(2).plusSeconds(1).toMillis());
        Optional<D> now = read.get();
        if (reached(now, wanted, versionOf)) {
            complete(result, () -> answer.of(now, false));
            return result;
        }
        String client = clientName();
        if (!admit(client)) {
            complete(result, () -> answer.of(now, true));
            return result;
        }
        SubscriptionQueryResult<Long, Long> versions = queries.subscriptionQuery(versionQuery,
                ResponseTypes.instanceOf(Long.class), ResponseTypes.instanceOf(Long.class));
        Disposable waiting = versions.initialResult()
                .concatWith(versions.updates())
                .filter(version -> version != null && version >= wanted)
                .next()
                .timeout(properties.maxWait(), Mono.just(NOT_REACHED))
                // Answered off the thread that emitted the version: a projection's, which must not read for us.
                .publishOn(Schedulers.boundedElastic())
                .doFinally(signal -> {
                    versions.cancel();
                    release(client);
                })
                .subscribe(version -> complete(result, () -> {
                    Optional<D> latest = read.get();
                    return answer.of(latest, !reached(latest, wanted, versionOf));
                }), failure -> {
                    log.warn("Waiting for version {} failed; answering what there is", wanted, failure);
                    complete(result, () -> answer.of(read.get(), true));
                });
        result.onCompletion(waiting::dispose);
        result.onError(error -> waiting.dispose());
        result.onTimeout(() -> complete(result, () -> answer.of(read.get(), true)));
        return result;
    }

    private boolean admit(String client) {
        AtomicBoolean admitted = new AtomicBoolean();
        waitingByClient.compute(client, (name, count) -> {
            int current = count == null ? 0 : count;
            if (current >= properties.maxWaitsPerClient()) {
                return current;
            }
            admitted.set(true);
            return current + 1;
        });
        return admitted.get();
    }

    private void release(String client) {
        waitingByClient.computeIfPresent(client, (name, count) -> count <= 1 ? null : count - 1);
    }

    private static <D> boolean reached(Optional<D> found, long wanted, ToLongFunction<D> versionOf) {
        return found.isPresent() && versionOf.applyAsLong(found.get()) >= wanted;
    }

    private static <B> void complete(DeferredResult<ResponseEntity<B>> result, Supplier<ResponseEntity<B>> answer) {
        try {
            result.setResult(answer.get());
        } catch (RuntimeException refused) {
            result.setErrorResult(refused);
        }
    }

    private static String clientName() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "" : authentication.getName();
    }
}
