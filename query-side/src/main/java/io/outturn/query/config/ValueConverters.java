package io.outturn.query.config;

import io.outturn.values.ChangeReference;
import io.outturn.values.FinancialYear;
import io.outturn.values.Framework;
import io.outturn.values.IndicatorId;
import io.outturn.values.LineId;
import io.outturn.values.Money;
import io.outturn.values.ProgrammeId;
import io.outturn.values.ProposalId;
import org.bson.types.Decimal128;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.GenericConverter;
import org.springframework.data.convert.ReadingConverter;
import org.springframework.data.convert.WritingConverter;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Stores the published value types the way the API writes them ({@code "2011-12"}, {@code "NI130"}), so that
 * read-model documents are readable in a Mongo shell, filterable by plain equality and usable as map keys;
 * money as Decimal128 so that it stays exact. Each value is written by one function and read back by its own
 * parser; the pair becomes a writing and a reading converter.
 */
final class ValueConverters {

    private ValueConverters() {
    }

    static List<GenericConverter> all() {
        return Stream.of(
                        stored(FinancialYear.class, String.class, FinancialYear::toString, FinancialYear::parse),
                        stored(IndicatorId.class, String.class, IndicatorId::value, IndicatorId::of),
                        stored(ProgrammeId.class, String.class, ProgrammeId::value, ProgrammeId::of),
                        stored(LineId.class, String.class, LineId::value, LineId::of),
                        stored(ProposalId.class, String.class, ProposalId::value, ProposalId::of),
                        stored(Framework.class, String.class, Framework::code, Framework::of),
                        stored(ChangeReference.class, String.class, ChangeReference::toString, ChangeReference::parse),
                        stored(Money.class, Decimal128.class, money -> new Decimal128(money.pounds()),
                                decimal -> Money.of(decimal.bigDecimalValue())))
                .flatMap(List::stream)
                .toList();
    }

    private static <V, S> List<GenericConverter> stored(Class<V> valueType, Class<S> storedType,
                                                        Function<V, S> write, Function<S, V> read) {
        return List.of(new Writing<>(valueType, storedType, write), new Reading<>(storedType, valueType, read));
    }

    /** One direction of a value's conversion; the subclass's annotation tells Spring Data which one. */
    private abstract static class Conversion<F, T> implements GenericConverter {

        private final Class<F> from;
        private final Class<T> to;
        private final Function<F, T> convert;

        Conversion(Class<F> from, Class<T> to, Function<F, T> convert) {
            this.from = from;
            this.to = to;
            this.convert = convert;
        }

        @Override
        public Set<ConvertiblePair> getConvertibleTypes() {
            return Set.of(new ConvertiblePair(from, to));
        }

        @Override
        public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
            return source == null ? null : convert.apply(from.cast(source));
        }
    }

    @WritingConverter
    private static final class Writing<V, S> extends Conversion<V, S> {
        Writing(Class<V> valueType, Class<S> storedType, Function<V, S> write) {
            super(valueType, storedType, write);
        }
    }

    @ReadingConverter
    private static final class Reading<S, V> extends Conversion<S, V> {
        Reading(Class<S> storedType, Class<V> valueType, Function<S, V> read) {
            super(storedType, valueType, read);
        }
    }
}
