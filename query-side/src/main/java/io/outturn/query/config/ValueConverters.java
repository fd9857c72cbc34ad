package io.outturn.query.config;

import io.outturn.values.ChangeReference;
import io.outturn.values.FinancialYear;
import io.outturn.values.Framework;
import io.outturn.values.IndicatorId;
import io.outturn.values.LineId;
import io.outturn.values.Money;
import io.outturn.values.ProgrammeId;
import org.bson.types.Decimal128;
import org.springframework.core.convert.converter.Converter;
import org.springframework.data.convert.ReadingConverter;
import org.springframework.data.convert.WritingConverter;

import java.util.List;

/**
 * Stores the published value types the way the API writes them ({@code "2011-12"}, {@code "NI130"}), so that
 * read-model documents are readable in a Mongo shell, filterable by plain equality and usable as map keys;
 * money as Decimal128 so that it stays exact.
 */
final class ValueConverters {

    private ValueConverters() {
    }

    static List<Converter<?, ?>> all() {
        return List.of(
                new FinancialYearToString(), new StringToFinancialYear(),
                new IndicatorIdToString(), new StringToIndicatorId(),
                new ProgrammeIdToString(), new StringToProgrammeId(),
                new LineIdToString(), new StringToLineId(),
                new FrameworkToString(), new StringToFramework(),
                new ChangeReferenceToString(), new StringToChangeReference(),
                new MoneyToDecimal128(), new Decimal128ToMoney());
    }

    @WritingConverter
    static final class FinancialYearToString implements Converter<FinancialYear, String> {
        @Override
        public String convert(FinancialYear source) {
            return source.toString();
        }
    }

    @ReadingConverter
    static final class StringToFinancialYear implements Converter<String, FinancialYear> {
        @Override
        public FinancialYear convert(String source) {
            return FinancialYear.parse(source);
        }
    }

    @WritingConverter
    static final class IndicatorIdToString implements Converter<IndicatorId, String> {
        @Override
        public String convert(IndicatorId source) {
            return source.value();
        }
    }

    @ReadingConverter
    static final class StringToIndicatorId implements Converter<String, IndicatorId> {
        @Override
        public IndicatorId convert(String source) {
            return IndicatorId.of(source);
        }
    }

    @WritingConverter
    static final class ProgrammeIdToString implements Converter<ProgrammeId, String> {
        @Override
        public String convert(ProgrammeId source) {
            return source.value();
        }
    }

    @ReadingConverter
    static final class StringToProgrammeId implements Converter<String, ProgrammeId> {
        @Override
        public ProgrammeId convert(String source) {
            return ProgrammeId.of(source);
        }
    }

    @WritingConverter
    static final class LineIdToString implements Converter<LineId, String> {
        @Override
        public String convert(LineId source) {
            return source.value();
        }
    }

    @ReadingConverter
    static final class StringToLineId implements Converter<String, LineId> {
        @Override
        public LineId convert(String source) {
            return LineId.of(source);
        }
    }

    @WritingConverter
    static final class FrameworkToString implements Converter<Framework, String> {
        @Override
        public String convert(Framework source) {
            return source.code();
        }
    }

    @ReadingConverter
    static final class StringToFramework implements Converter<String, Framework> {
        @Override
        public Framework convert(String source) {
            return Framework.of(source);
        }
    }

    @WritingConverter
    static final class ChangeReferenceToString implements Converter<ChangeReference, String> {
        @Override
        public String convert(ChangeReference source) {
            return source.toString();
        }
    }

    @ReadingConverter
    static final class StringToChangeReference implements Converter<String, ChangeReference> {
        @Override
        public ChangeReference convert(String source) {
            return ChangeReference.parse(source);
        }
    }

    @WritingConverter
    static final class MoneyToDecimal128 implements Converter<Money, Decimal128> {
        @Override
        public Decimal128 convert(Money source) {
            return new Decimal128(source.pounds());
        }
    }

    @ReadingConverter
    static final class Decimal128ToMoney implements Converter<Decimal128, Money> {
        @Override
        public Money convert(Decimal128 source) {
            return Money.of(source.bigDecimalValue());
        }
    }
}
