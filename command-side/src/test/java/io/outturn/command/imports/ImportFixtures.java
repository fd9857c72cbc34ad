package io.outturn.command.imports;

import io.outturn.values.FinancialYear;
import io.outturn.values.Money;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

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

    /** A data row selector: the row's cell in {@code column} is {@code value}. */
    static Predicate<Map<String, String>> where(String column, String value) {
        return row -> value.equals(row.get(column));
    }

    /**
     * The file with the cells named in {@code cells} (column, new value) set in every data row that {@code which}
     * selects, failing loudly when it selects none. Read and written with Commons CSV, so quoting stays right.
     */
    static String withCells(String csv, Predicate<Map<String, String>> which, Map<String, String> cells) {
        List<List<String>> records = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder().setFormat(CSVFormat.RFC4180).setReader(new StringReader(csv)).get()) {
            parser.forEach(record -> records.add(new ArrayList<>(record.toList())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> header = records.get(0);
        int changed = 0;
        for (List<String> row : records.subList(1, records.size())) {
            Map<String, String> named = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                named.put(header.get(i), i < row.size() ? row.get(i) : "");
            }
            if (!which.test(named)) {
                continue;
            }
            cells.forEach((column, value) -> {
                int index = header.indexOf(column);
                if (index < 0) {
                    throw new IllegalArgumentException("the file has no column " + column);
                }
                while (row.size() <= index) {
                    row.add("");
                }
                row.set(index, value);
            });
            changed++;
        }
        if (changed == 0) {
            throw new IllegalArgumentException("no row is selected to change " + cells.keySet());
        }
        StringWriter written = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(written, CSVFormat.RFC4180)) {
            printer.printRecords(records);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return written.toString();
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
