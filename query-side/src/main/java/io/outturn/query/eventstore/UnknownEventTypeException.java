package io.outturn.query.eventstore;

/** A stored event's payload is not one of Outturn's event records; it is refused, never deserialised. */
public class UnknownEventTypeException extends IllegalStateException {

    public UnknownEventTypeException(String eventId, String payloadType) {
        super("stored event " + eventId + " has a payload of type '" + payloadType
                + "', which is not an event record of " + EventTypes.EVENTS_PACKAGE);
    }
}
