package io.outturn.query.config;

import org.springframework.data.mongodb.core.convert.MongoCustomConversions;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions.BigDecimalRepresentation;

/**
 * How read models are mapped into MongoDB, in one place so that plain tests build exactly the mapping the
 * application uses. Measured values are {@code BigDecimal} and must stay exact and comparable as numbers,
 * hence Decimal128 rather than Spring Data's default of strings.
 */
public final class ReadModelConversions {

    private ReadModelConversions() {
    }

    public static MongoCustomConversions create() {
        return MongoCustomConversions.create(adapter -> adapter
                .bigDecimal(BigDecimalRepresentation.DECIMAL128)
                .registerConverters(ValueConverters.all()));
    }
}
