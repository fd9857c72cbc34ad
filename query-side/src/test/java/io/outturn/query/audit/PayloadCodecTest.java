package io.outturn.query.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.outturn.events.ActualCorrectedEvent;
import io.outturn.events.SavingsLineAddedEvent;
import io.outturn.events.TargetSetEvent;
import io.outturn.values.FinancialYear;
import io.outturn.values.IndicatorId;
import io.outturn.values.LineId;
import io.outturn.values.Money;
import io.outturn.values.ProgrammeId;
import io.outturn.values.Quarter;
import io.outturn.values.SavingsProfile;
import io.outturn.values.Target;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.junit.jupiter.api.Test;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

import java.math.BigDecimal;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PayloadCodecTest {

    private final ObjectMapper objectMapper = Jackson2ObjectMapperBuilder.json().build();
    private final PayloadCodec codec = new PayloadCodec(objectMapper);

    @Test
    void measuredValuesAreStoredAsExactDecimalsAndReadBackEqual() {
        ActualCorrectedEvent correction = new ActualCorrectedEvent(IndicatorId.of("NI130"),
                FinancialYear.parse("2011-12"), Quarter.Q1, new BigDecimal("8150.25"), new BigDecimal("8100"),
                "restated after data cleanse", null, null);

        Document stored = codec.toDocument(correction);

        assertThat(stored.get("value")).isEqualTo(new Decimal128(new BigDecimal("8150.25")));
        assertThat(stored.get("previousValue")).isEqualTo(new Decimal128(new BigDecimal("8100")));
        assertThat(stored.get("fy")).isEqualTo("2011-12");
        assertThat(codec.toEvent(stored, ActualCorrectedEvent.class)).isEqualTo(correction);
    }

    @Test
    void moneyKeepsItsPenceThroughTheRoundTrip() {
        SavingsLineAddedEvent line = new SavingsLineAddedEvent(ProgrammeId.of("asch-pp-2011-14"),
                LineId.of("adult-social-care-2"), "2", "Reduction in the cost of care packages", "Adult Social Care",
                SavingsProfile.of(Map.of(FinancialYear.parse("2011-12"), Money.of("4000000"),
                        FinancialYear.parse("2012-13"), Money.of("2500000.50"))), null);

        Document stored = codec.toDocument(line);

        assertThat(stored.get("profile", Document.class).get("2012-13"))
                .isEqualTo(new Decimal128(new BigDecimal("2500000.50")));
        assertThat(codec.toEvent(stored, SavingsLineAddedEvent.class)).isEqualTo(line);
    }

    @Test
    void thePayloadShownToAuditorsIsTheEventsOwnJsonWithPlainNumbers() throws Exception {
        TargetSetEvent revision = new TargetSetEvent(IndicatorId.of("NI130"), FinancialYear.parse("2011-12"),
                new Target.AtLeast(new BigDecimal("12500"), true), "12,500",
                new Target.AtLeast(new BigDecimal("12000"), true), "12,000", null, null, null);

        JsonNode shown = codec.toJson(codec.toDocument(revision));

        assertThat(objectMapper.writeValueAsString(shown)).isEqualTo(objectMapper.writeValueAsString(revision));
        assertThat(objectMapper.writeValueAsString(shown.get("target")))
                .isEqualTo("{\"kind\":\"AT_LEAST\",\"value\":12500,\"inclusive\":true}");
    }
}
