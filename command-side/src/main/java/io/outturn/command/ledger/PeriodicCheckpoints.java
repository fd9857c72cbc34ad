package io.outturn.command.ledger;

import io.outturn.web.problem.ErrorCode;
import io.outturn.web.problem.OutturnException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

import java.time.Clock;
import java.time.Duration;

/**
 * Takes a checkpoint every {@code outturn.ledger.checkpoint-interval}, starting one interval after start-up, when
 * anything was stored since the latest one. A ledger with a broken link is not signed: each run says so in the log
 * at ERROR, until the break is dealt with. The schedule runs on a thread of its own and on the injected clock.
 */
final class PeriodicCheckpoints implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PeriodicCheckpoints.class);

    private final Checkpoints checkpoints;
    private final Duration interval;
    private final Clock clock;
    private final boolean enabled;
    private ThreadPoolTaskScheduler scheduler;

    /** @param enabled false when there is no key to sign with, or no interval: then nothing is scheduled */
    PeriodicCheckpoints(Checkpoints checkpoints, Duration interval, Clock clock, boolean enabled) {
        this.checkpoints = checkpoints;
        this.interval = interval;
        this.clock = clock;
        this.enabled = enabled;
    }

    @Override
    public boolean isAutoStartup() {
        return enabled;
    }

    @Override
    public synchronized void start() {
        scheduler = new ThreadPoolTaskScheduler();
        scheduler.setThreadNamePrefix("ledger-checkpoints-");
        scheduler.setClock(clock);
        scheduler.initialize();
        scheduler.scheduleWithFixedDelay(this::run, clock.instant().plus(interval), interval);
        log.info("Ledger checkpoints are taken every {} when anything has changed", interval);
    }

    void run() {
        try {
            if (checkpoints.changedSinceLatest()) {
                Checkpoints.Outcome outcome = checkpoints.take(Checkpoints.SYSTEM_ACTOR, Checkpoints.SCHEDULE);
                log.info("Ledger checkpoint {} taken: {} aggregates, root {}", outcome.checkpoint().number(),
                        outcome.checkpoint().aggregates(), outcome.checkpoint().root());
            }
        } catch (RuntimeException e) {
            if (e instanceof OutturnException rejection && rejection.code() == ErrorCode.LEDGER_BROKEN) {
                log.error("No ledger checkpoint taken: {}", e.getMessage());
            } else {
                log.warn("No ledger checkpoint taken this time; the next run tries again", e);
            }
        }
    }

    @Override
    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdown();
            scheduler = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }
}
