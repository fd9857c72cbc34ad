package io.outturn.query.admin;

import org.axonframework.eventhandling.StreamingEventProcessor;

/**
 * Stopping and starting one projection's processor wherever it runs: a replay must reset every segment's token,
 * which only works while no instance holds one.
 */
interface EveryInstance {

    /** Stops the processor here and on every other query-side instance; returns once they have stopped. */
    void stop(StreamingEventProcessor processor);

    /** Starts it again everywhere it was stopped. */
    void start(StreamingEventProcessor processor);
}
