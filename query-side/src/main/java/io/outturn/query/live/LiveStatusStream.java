package io.outturn.query.live;

import io.outturn.query.indicator.KpiStatusStreamResponse;
import io.outturn.query.indicator.KpiStatusView;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import reactor.core.Disposable;
import reactor.core.scheduler.Schedulers;

import java.io.IOException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One client's stream: the cards as they stand when it connects, then every card as it changes, each as an
 * SSE event named {@code status} with the card as JSON. Writes happen off the event processor's threads, so a
 * slow client never holds up a projection. Whatever ends the stream (the client going away, a timeout, a
 * failed write, the subscription ending) releases the subscription and stops the heartbeat, once.
 */
final class LiveStatusStream {

    static final String EVENT_NAME = "status";

    private static final Logger log = LoggerFactory.getLogger(LiveStatusStream.class);

    private final SseEmitter emitter;
    private final SubscriptionQueryResult<KpiStatusStreamResponse, KpiStatusView> subscription;
    private final Runnable onClose;
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile Disposable delivery;
    private volatile ScheduledFuture<?> heartbeat;

    /** {@code onClose} runs once, when the stream ends for whatever reason. */
    LiveStatusStream(SseEmitter emitter, SubscriptionQueryResult<KpiStatusStreamResponse, KpiStatusView> subscription,
                     Runnable onClose) {
        this.emitter = emitter;
        this.subscription = subscription;
        this.onClose = onClose;
    }

    void start(Heartbeats heartbeats, LiveProperties properties) {
        emitter.onCompletion(this::close);
        emitter.onTimeout(this::close);
        emitter.onError(error -> close());
        heartbeat = heartbeats.every(properties.heartbeat(), this::beat);
        // Axon registers for updates before it runs the initial query, so nothing between the two is lost.
        delivery = subscription.initialResult()
                .flatMapIterable(KpiStatusStreamResponse::cards)
                .concatWith(subscription.updates())
                .publishOn(Schedulers.boundedElastic())
                .subscribe(this::send, this::failed, this::ended);
        if (closed.get()) {
            // the client went away while the subscription was being set up
            delivery.dispose();
        }
    }

    private void send(KpiStatusView card) {
        try {
            emitter.send(SseEmitter.event()
                    .name(EVENT_NAME)
                    .id(card.indicatorId() + "/" + card.fy() + "/" + card.version())
                    .data(card, MediaType.APPLICATION_JSON));
        } catch (IOException | IllegalStateException gone) {
            closeAndComplete();
        }
    }

    private void beat() {
        try {
            emitter.send(SseEmitter.event().comment("heartbeat"));
        } catch (IOException | IllegalStateException gone) {
            closeAndComplete();
        }
    }

    private void failed(Throwable error) {
        log.warn("Live status subscription ended with an error; closing the stream", error);
        closeAndComplete();
    }

    private void ended() {
        closeAndComplete();
    }

    /** Ends the stream from the server's side: the client is told the stream is over (the application stops). */
    void end() {
        closeAndComplete();
    }

    private void closeAndComplete() {
        close();
        try {
            emitter.complete();
        } catch (IllegalStateException alreadyCompleted) {
            // the client or the container ended it first; nothing left to finish
        }
    }

    void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        ScheduledFuture<?> beating = heartbeat;
        if (beating != null) {
            beating.cancel(false);
        }
        Disposable delivering = delivery;
        if (delivering != null) {
            delivering.dispose();
        }
        subscription.cancel();
        onClose.run();
    }
}
