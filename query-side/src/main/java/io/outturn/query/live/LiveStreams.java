package io.outturn.query.live;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The open live streams: at most {@code outturn.live.max-streams-per-user} for each user (issue 9: one viewer held
 * 500), and every one of them ended when the application stops. A stream is an open request to the servlet
 * container, whose graceful shutdown waits for open requests: without ending them first, a shutdown with dashboards
 * connected waited its whole timeout (30 s). This lifecycle therefore stops in the default phase, before the web
 * server's graceful shutdown (a lower phase), and completes every stream; {@code EventSource} clients reconnect by
 * themselves, to another instance or after the restart.
 */
@Component
class LiveStreams implements SmartLifecycle {

    private final LiveProperties properties;
    private final ConcurrentMap<String, Integer> openByUser = new ConcurrentHashMap<>();
    private final Set<LiveStatusStream> open = ConcurrentHashMap.newKeySet();
    private volatile boolean running;

    LiveStreams(LiveProperties properties) {
        this.properties = properties;
    }

    /** Counts one more stream for {@code user}; false, counting nothing, when it has as many as it may or we stop. */
    boolean reserve(String user) {
        AtomicBoolean reserved = new AtomicBoolean();
        openByUser.compute(user, (name, count) -> {
            int current = count == null ? 0 : count;
            if (!running || current >= properties.maxStreamsPerUser()) {
                return count;
            }
            reserved.set(true);
            return current + 1;
        });
        return reserved.get();
    }

    /** Keeps {@code stream} to end it when the application stops (at once if it is stopping already). */
    void attach(LiveStatusStream stream) {
        open.add(stream);
        if (!running) {
            stream.end();
        }
    }

    /** Forgets a stream that has ended, and frees its user's place. */
    void closed(String user, LiveStatusStream stream) {
        open.remove(stream);
        openByUser.computeIfPresent(user, (name, count) -> count <= 1 ? null : count - 1);
    }

    @Override
    public void start() {
        running = true;
    }

    /** Ends every open stream; new ones are refused from now on. */
    @Override
    public void stop() {
        running = false;
        open.forEach(LiveStatusStream::end);
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** The default phase: stopped before the web server's graceful shutdown, whose phase is lower. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE;
    }
}
