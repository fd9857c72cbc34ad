package io.outturn.bench;

import jdk.jfr.consumer.RecordedFrame;

import java.util.List;

/**
 * Which part of the system a CPU sample was spent in: the first recognisable library or module from the top of
 * the stack (the JDK's own frames are looked through). H2 serves both the event store and the embedded MongoDB's
 * storage, so an H2 frame under mongo-java-server counts for the embedded MongoDB.
 */
final class Layers {

    private Layers() {
    }

    static String of(List<RecordedFrame> frames, String thread) {
        if (thread != null && thread.startsWith("MVStore background writer")) {
            return thread.contains("read-models") ? "embedded MongoDB (mongo-java-server)" : "H2 (event store)";
        }
        if (thread != null && (thread.startsWith("H2-serialization") || thread.startsWith("H2-save"))) {
            // H2's own background threads serve whichever MVStore file asked, the event store's or the read models'.
            return "H2 background writes (either store)";
        }
        boolean underEmbeddedMongo = frames.stream()
                .anyMatch(f -> f.getMethod().getType().getName().startsWith("de.bwaldvogel."));
        for (RecordedFrame frame : frames) {
            String type = frame.getMethod().getType().getName();
            String layer = layerOf(type, underEmbeddedMongo);
            if (layer != null) {
                return layer;
            }
        }
        return "JDK only";
    }

    private static String layerOf(String type, boolean underEmbeddedMongo) {
        if (type.startsWith("org.h2.")) {
            return underEmbeddedMongo ? "embedded MongoDB (mongo-java-server)" : "H2 (event store)";
        }
        if (type.startsWith("de.bwaldvogel.")) {
            return "embedded MongoDB (mongo-java-server)";
        }
        if (type.startsWith("com.mongodb.") || type.startsWith("org.bson.")) {
            return "MongoDB driver / BSON";
        }
        if (type.startsWith("com.fasterxml.jackson.")) {
            return "Jackson";
        }
        if (type.startsWith("org.axonframework.")) {
            return "Axon";
        }
        if (type.startsWith("org.springframework.security.")) {
            return "Spring Security";
        }
        if (type.startsWith("org.springframework.data.")) {
            return "Spring Data MongoDB";
        }
        if (type.startsWith("org.springframework.")) {
            return "Spring";
        }
        if (type.startsWith("org.apache.catalina.") || type.startsWith("org.apache.coyote.")
                || type.startsWith("org.apache.tomcat.")) {
            return "Tomcat";
        }
        if (type.startsWith("com.zaxxer.hikari.")) {
            return "Hikari";
        }
        if (type.startsWith("io.micrometer.")) {
            return "Micrometer";
        }
        if (type.startsWith("ch.qos.logback.") || type.startsWith("org.slf4j.")) {
            return "Logging";
        }
        if (type.startsWith("io.netty.")) {
            return "Netty (mongo-java-server I/O)";
        }
        if (type.startsWith("jdk.internal.net.http.")) {
            return "benchmark's HTTP client (JDK)";
        }
        if (type.startsWith("io.outturn.bench.")) {
            return "benchmark";
        }
        if (type.startsWith("io.outturn.")) {
            return "Outturn";
        }
        if (type.startsWith("java.") || type.startsWith("jdk.") || type.startsWith("sun.") || type.startsWith("com.sun.")) {
            return null;
        }
        String[] parts = type.split("\\.");
        return "other: " + (parts.length > 2 ? parts[0] + "." + parts[1] : type);
    }
}
