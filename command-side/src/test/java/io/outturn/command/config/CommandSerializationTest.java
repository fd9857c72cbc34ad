package io.outturn.command.config;

import io.outturn.command.domain.GivenJustification;
import io.outturn.command.indicator.SetTargetCommand;
import io.outturn.command.indicator.WithdrawTargetCommand;
import io.outturn.command.savings.ReviseSavingsLineCommand;
import io.outturn.values.Decision;
import io.outturn.values.FinancialYear;
import io.outturn.values.IndicatorId;
import io.outturn.values.LineId;
import io.outturn.values.Money;
import io.outturn.values.ProgrammeId;
import io.outturn.values.ReasonCode;
import io.outturn.values.SavingsProfile;
import io.outturn.values.Target;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Commands travel to the aggregate's node through Axon Server serialized with the messages serializer: a command's
 * justification and effective date must arrive as they were sent. Seed 001's NI130 rebaselined by Cabinet.
 */
@CommandSideTest
class CommandSerializationTest {

    private static final FinancialYear FY_2011_12 = FinancialYear.parse("2011-12");
    private static final GivenJustification CABINET_REBASELINE = new GivenJustification(ReasonCode.REBASELINE,
            "Rebaselined: personal budgets for everyone eligible by 2013",
            new Decision("Cabinet 12 March 2011, minute 45", "Cabinet", LocalDate.of(2011, 3, 12),
                    URI.create("https://www.nottinghamshire.gov.uk/cabinet/2011-03-12#minute-45")));
    private static final Instant CABINET_MET = Instant.parse("2011-03-12T00:00:00Z");

    @Autowired
    @Qualifier("messageSerializer")
    Serializer messageSerializer;

    private Object travelled(Object command) {
        SerializedObject<byte[]> serialized = messageSerializer.serialize(command, byte[].class);
        return messageSerializer.deserialize(serialized);
    }

    @Test
    void aRevisionArrivesWithItsJustificationAndEffectiveDate() {
        SetTargetCommand revision = new SetTargetCommand(IndicatorId.of("NI130"), FY_2011_12,
                new Target.AtLeast(new BigDecimal("13000"), true), "13,000", CABINET_REBASELINE, CABINET_MET, 2L);

        assertThat(travelled(revision)).isEqualTo(revision);
    }

    @Test
    void aCommandWithoutAJustificationArrivesWithNone() {
        SetTargetCommand first = new SetTargetCommand(IndicatorId.of("NI130"), FY_2011_12,
                new Target.AtLeast(new BigDecimal("12000"), true), "12,000", null, null, null);
        WithdrawTargetCommand reasonOnly = new WithdrawTargetCommand(IndicatorId.of("NI130"), FY_2011_12,
                GivenJustification.reason("NI130 dropped from the national set"), null, null);

        assertThat(travelled(first)).isEqualTo(first);
        assertThat(travelled(reasonOnly)).isEqualTo(reasonOnly);
    }

    @Test
    void aRephasedSavingsLineArrivesWithItsJustification() {
        ReviseSavingsLineCommand rephased = new ReviseSavingsLineCommand(ProgrammeId.of("notts-asch-pp-2011-14"),
                LineId.of("adult-social-care-2"), SavingsProfile.of(Map.of(FY_2011_12, Money.of("1300000"),
                FY_2011_12.next(), Money.of("400000"), FY_2011_12.next().next(), Money.of("300000"))),
                new GivenJustification(ReasonCode.REPHASING, "Homecare retender slipped: £300,000 moves into 2013-14",
                        null), Instant.parse("2011-12-07T00:00:00Z"), null);

        assertThat(travelled(rephased)).isEqualTo(rephased);
    }
}
