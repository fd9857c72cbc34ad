package io.outturn.command.sender;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.RetryScheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/**
 * A command whose append lost a race is sent once more, at once: its unit of work rolled back, so the aggregate
 * is loaded afresh and the command decided again on what is now stored (it may now be a no-op, a revision
 * needing a reason, or a stale {@code If-Match}). A second lost race, or any other failure, goes back to the
 * sender ({@link CommandSender}), which answers 409 or 412.
 */
class RetryOnceAfterLostRace implements RetryScheduler {

    private static final Logger log = LoggerFactory.getLogger(RetryOnceAfterLostRace.class);

    @Override
    public boolean scheduleRetry(CommandMessage commandMessage, RuntimeException lastFailure,
                                 List<Class<? extends Throwable>[]> failures, Runnable commandDispatch) {
        if (failures.size() > 1 || !AppendConflicts.lostRace(lastFailure)) {
            return false;
        }
        log.info("{} lost an append race ({}); deciding it again on fresh state",
                commandMessage.getCommandName(), lastFailure.getMessage());
        commandDispatch.run();
        return true;
    }
}
