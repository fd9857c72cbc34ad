package io.outturn.command.domain;

import io.outturn.events.EventMetadata;
import org.axonframework.messaging.MetaData;

/**
 * Puts the command's reason on the event it causes. The reason is part of the decision, so the aggregate
 * records it itself rather than relying on the dispatch path to copy it from the command's metadata.
 */
public final class EventReason {

    private EventReason() {
    }

    public static MetaData of(String reason) {
        String text = Require.optionalText(reason);
        return text == null ? MetaData.emptyInstance() : MetaData.with(EventMetadata.REASON, text);
    }
}
