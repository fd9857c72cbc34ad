package io.outturn.query.audit;

/** A stored payload names a type that is not one of Outturn's event records; it is never instantiated. */
public class UnknownEventTypeException extends IllegalStateException {

    public UnknownEventTypeException(String eventId, String payloadType) {
        super("audit entry " + eventId + " names '" + payloadType + "', which is not an event record of "
                + EventTypes.EVENTS_PACKAGE);
    }
}
