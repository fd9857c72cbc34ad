package io.outturn.web.serialization;

import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.outturn.events.TargetSetEvent;
import io.outturn.values.FinancialYear;
import io.outturn.values.IndicatorId;
import io.outturn.values.Target;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What is stored is read back, whatever its size (issue 9: a target stored as a number of 100,001 digits stopped
 * every reader of the event store), while request bodies keep Jackson's limits: the two use separate mappers.
 */
@SpringBootTest
class StoredEventSerializerTest {

    private static final String HUNDRED_THOUSAND_AND_ONE_DIGITS = "1" + "0".repeat(100_000);

    @Autowired
    Serializer serializer;

    @Autowired
    ObjectMapper requestMapper;

    @Test
    void aTargetStoredAsANumberOfAHundredThousandAndOneDigitsIsReadBack() {
        TargetSetEvent event = new TargetSetEvent(IndicatorId.of("NI130"), FinancialYear.parse("2012-13"),
                new Target.AtLeast(new BigDecimal("12000"), true), "1e100000", null, null, null, null, null);
        SerializedObject<String> written = serializer.serialize(event, String.class);
        String stored = written.getData().replace("12000", HUNDRED_THOUSAND_AND_ONE_DIGITS);

        TargetSetEvent read = serializer.deserialize(new SimpleSerializedObject<>(stored, String.class, written.getType()));

        assertThat(((Target.AtLeast) read.target()).value()).isEqualByComparingTo(new BigDecimal("1E+100000"));
    }

    @Test
    void aRequestBodyStillMayNotCarryANumberLongerThanJacksonsLimit() {
        String body = "{\"value\": " + HUNDRED_THOUSAND_AND_ONE_DIGITS + "}";

        assertThatThrownBy(() -> requestMapper.readTree(body)).isInstanceOf(StreamConstraintsException.class);
    }
}
