package io.outturn.query.export;

import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Where an export's rows come from, read only while the export is written: a database cursor, the events of an
 * aggregate, a list already at hand. {@link #forEach} hands over every row in order and holds none back, so an
 * export of a hundred thousand rows never has them all in memory.
 *
 * @param <R> what one row is made from
 */
@FunctionalInterface
public interface RowSource<R> {

    /**
     * Hands every row to {@code sink}, in order. A source that opens something (a cursor) opens it here and closes
     * it before returning, whether or not {@code sink} fails.
     */
    void forEach(Consumer<? super R> sink);

    /** Rows already at hand. */
    static <R> RowSource<R> of(Iterable<? extends R> rows) {
        return sink -> rows.forEach(sink);
    }

    /**
     * Rows from a stream opened only when the export is written and closed when it is done, such as
     * {@code () -> mongo.stream(query, Document.class, collection).map(...)}, which reads through a cursor.
     */
    static <R> RowSource<R> streamed(Supplier<? extends Stream<? extends R>> opener) {
        return sink -> {
            try (Stream<? extends R> rows = opener.get()) {
                rows.forEachOrdered(sink);
            }
        };
    }
}
