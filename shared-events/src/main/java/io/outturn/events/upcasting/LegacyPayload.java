package io.outturn.events.upcasting;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.outturn.events.EventMetadata;
import io.outturn.values.Justification;
import org.axonframework.messaging.MetaData;

import java.util.function.Supplier;

/**
 * The JSON payload of a stored event being brought up to a later revision, with the event's metadata at hand.
 * Fields are only ever added, never changed: a stored event says what it said.
 */
final class LegacyPayload {

    private final ObjectNode json;
    private final Supplier<MetaData> metaData;

    LegacyPayload(ObjectNode json, Supplier<MetaData> metaData) {
        this.json = json;
        this.metaData = metaData;
    }

    ObjectNode json() {
        return json;
    }

    /** Whether the payload has a non-null value for {@code field}. */
    boolean has(String field) {
        return json.hasNonNull(field);
    }

    /** Adds {@code field} with no value. */
    LegacyPayload withNull(String field) {
        if (!json.has(field)) {
            json.putNull(field);
        }
        return this;
    }

    /** Adds {@code field} as an empty list. */
    LegacyPayload withEmptyList(String field) {
        if (!json.has(field)) {
            json.putArray(field);
        }
        return this;
    }

    /**
     * Adds the {@code justification} a change recorded before reason codes had: its reason from the metadata, in
     * words only, so code {@code OTHER} and no decision. A change stored without a reason (none should exist) gets
     * none.
     */
    LegacyPayload withJustificationFromReason() {
        if (json.has("justification")) {
            return this;
        }
        String reason = reason();
        if (reason == null) {
            json.putNull("justification");
            return this;
        }
        Justification justification = Justification.other(reason);
        ObjectNode written = json.putObject("justification");
        written.put("code", justification.code().name());
        written.put("reason", justification.reason());
        written.putNull("decision");
        return this;
    }

    /** {@link #withJustificationFromReason()} for a change, no justification for a first setting or assessment. */
    LegacyPayload withJustificationFromReasonIf(boolean aChange) {
        return aChange ? withJustificationFromReason() : withNull("justification");
    }

    private String reason() {
        Object reason = metaData.get().get(EventMetadata.REASON);
        return reason instanceof String text && !text.isBlank() ? text : null;
    }
}
