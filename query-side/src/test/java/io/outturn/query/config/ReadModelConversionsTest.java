package io.outturn.query.config;

import io.outturn.values.ChangeReference;
import io.outturn.values.FinancialYear;
import io.outturn.values.Framework;
import io.outturn.values.IndicatorId;
import io.outturn.values.LineId;
import io.outturn.values.Money;
import io.outturn.values.ProgrammeId;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.convert.MappingMongoConverter;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;
import org.springframework.data.mongodb.core.convert.NoOpDbRefResolver;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** Read models store the published values as the API writes them, and read them back as they were. */
class ReadModelConversionsTest {

    /** Every value type a read-model document holds, as a field and as a map key. */
    record Stored(FinancialYear fy, IndicatorId indicatorId, ProgrammeId programmeId, LineId lineId,
                  Framework framework, ChangeReference reference, Money saving, Map<FinancialYear, Money> profile) {
    }

    private final MappingMongoConverter converter = converter();

    @Test
    void valuesAreStoredAsTheApiWritesThemAndReadBackUnchanged() {
        TreeMap<FinancialYear, Money> profile = new TreeMap<>();
        profile.put(FinancialYear.parse("2011-12"), Money.of(new BigDecimal("400000")));
        Stored stored = new Stored(FinancialYear.parse("2011-12"), IndicatorId.of("NI130"),
                ProgrammeId.of("notts-asch-pp-2011-14"), LineId.of("adult-social-care-2"), Framework.of("NI"),
                ChangeReference.parse("2010-11"), Money.of(new BigDecimal("1300000.50")), profile);

        Document document = new Document();
        converter.write(stored, document);

        assertThat(document.get("fy")).isEqualTo("2011-12");
        assertThat(document.get("indicatorId")).isEqualTo("NI130");
        assertThat(document.get("programmeId")).isEqualTo("notts-asch-pp-2011-14");
        assertThat(document.get("lineId")).isEqualTo("adult-social-care-2");
        assertThat(document.get("framework")).isEqualTo("NI");
        assertThat(document.get("reference")).isEqualTo("2010-11");
        assertThat(document.get("saving")).isEqualTo(new Decimal128(new BigDecimal("1300000.50")));
        assertThat(document.get("profile", Document.class).get("2011-12"))
                .isEqualTo(new Decimal128(new BigDecimal("400000.00")));
        assertThat(converter.read(Stored.class, document)).isEqualTo(stored);
    }

    private static MappingMongoConverter converter() {
        MongoCustomConversions conversions = ReadModelConversions.create();
        MongoMappingContext mappingContext = new MongoMappingContext();
        mappingContext.setSimpleTypeHolder(conversions.getSimpleTypeHolder());
        mappingContext.afterPropertiesSet();
        MappingMongoConverter converter = new MappingMongoConverter(NoOpDbRefResolver.INSTANCE, mappingContext);
        converter.setCustomConversions(conversions);
        converter.afterPropertiesSet();
        return converter;
    }
}
