package io.outturn.command.imports;

import io.outturn.values.FinancialYear;
import io.outturn.values.Money;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** The seed files the import tests read, and a look at what the imports stored. */
final class ImportFixtures {

    static final String SAVINGS_FILE = "/imports/savings-2011-14.csv";
    static final String BUSINESS_PLAN_FILE = "/imports/business-plan.csv";

    static final FinancialYear FY_2011_12 = FinancialYear.parse("2011-12");
    static final FinancialYear FY_2012_13 = FinancialYear.parse("2012-13");
    static final FinancialYear FY_2013_14 = FinancialYear.parse("2013-14");

    private ImportFixtures() {
    }

    static String text(String resource) {
        try (InputStream in = ImportFixtures.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Applies {@code change} to every line but the header (the files have no quoted line breaks). */
    static String eachDataLine(String csv, UnaryOperator<String> change) {
        String[] lines = csv.split("\r\n", -1);
        List<String> changed = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            changed.add(i == 0 || lines[i].isEmpty() ? lines[i] : change.apply(lines[i]));
        }
        return String.join("\r\n", changed);
    }

    /** Replaces one line, found by its start, failing loudly when it is not there. */
    static String replaceLine(String csv, String lineStart, String replacement) {
        String[] lines = csv.split("\r\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith(lineStart)) {
                lines[i] = replacement;
                return String.join("\r\n", lines);
            }
        }
        throw new IllegalArgumentException("no line starts with " + lineStart);
    }

    static Money thousands(long amount) {
        return Money.of(String.valueOf(amount * 1000));
    }

    static List<DomainEventMessage<?>> events(EventStore eventStore, String aggregateId) {
        List<DomainEventMessage<?>> events = new ArrayList<>();
        eventStore.readEvents(aggregateId, 0L).asStream().forEach(events::add);
        return events;
    }
}
