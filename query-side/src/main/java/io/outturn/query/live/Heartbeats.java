package io.outturn.query.live;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/** One small scheduler that beats for every open stream; a beat is a short write, so one thread is enough. */
@Component
class Heartbeats implements DisposableBean {

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "outturn-live-heartbeat");
        thread.setDaemon(true);
        return thread;
    });

    ScheduledFuture<?> every(Duration interval, Runnable beat) {
        long millis = interval.toMillis();
        return scheduler.scheduleAtFixedRate(beat, millis, millis, TimeUnit.MILLISECONDS);
    }

    @Override
    public void destroy() {
        scheduler.shutdownNow();
    }
}
