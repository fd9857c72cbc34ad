package io.outturn.query.eventstore;

import io.outturn.events.OutturnEvent;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The only classes a payload read back for a history may be: the concrete records of the sealed
 * {@link OutturnEvent} family. The set is taken from the sealed hierarchy itself, so a type name is only ever
 * looked up in this map and never handed to a class loader by Outturn's own code.
 */
final class EventTypes {

    static final String EVENTS_PACKAGE = OutturnEvent.class.getPackageName();

    private static final Map<String, Class<? extends OutturnEvent>> BY_NAME = collect();

    private EventTypes() {
    }

    static Optional<Class<? extends OutturnEvent>> byName(String fullyQualifiedName) {
        if (fullyQualifiedName == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(BY_NAME.get(fullyQualifiedName));
    }

    /**
     * The event record {@code type} is, when it is one; a class of the same name from anywhere else (another
     * class loader) is not.
     */
    static Optional<Class<? extends OutturnEvent>> of(Class<?> type) {
        return type == null ? Optional.empty() : byName(type.getName()).filter(known -> known == type);
    }

    /** Every event record Outturn knows, by fully qualified name. */
    static Map<String, Class<? extends OutturnEvent>> all() {
        return BY_NAME;
    }

    private static Map<String, Class<? extends OutturnEvent>> collect() {
        Map<String, Class<? extends OutturnEvent>> found = new TreeMap<>();
        collect(OutturnEvent.class, found);
        return Map.copyOf(found);
    }

    @SuppressWarnings("unchecked")
    private static void collect(Class<?> type, Map<String, Class<? extends OutturnEvent>> found) {
        if (type.isSealed()) {
            for (Class<?> permitted : type.getPermittedSubclasses()) {
                collect(permitted, found);
            }
        } else if (type.isRecord() && OutturnEvent.class.isAssignableFrom(type)
                && type.getPackageName().equals(EVENTS_PACKAGE)) {
            found.put(type.getName(), (Class<? extends OutturnEvent>) type);
        }
    }
}
