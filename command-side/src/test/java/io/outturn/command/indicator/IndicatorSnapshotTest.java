package io.outturn.command.indicator;

import io.outturn.events.ActualCorrectedEvent;
import io.outturn.events.ActualRecordedEvent;
import io.outturn.events.IndicatorAmendedEvent;
import io.outturn.events.MilestoneAssessedEvent;
import io.outturn.values.Assessment;
import io.outturn.values.ChangeReference;
import io.outturn.values.Quarter;
import io.outturn.values.Target;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static io.outturn.command.indicator.Ni130.*;
import static org.assertj.core.api.Assertions.assertThat;

/** An indicator must survive the trip through the Jackson serializer that snapshots would take. */
class IndicatorSnapshotTest {

    private static final Target PLUS_TWENTY_PERCENT =
            new Target.Change(new BigDecimal("20"), null, ChangeReference.BASELINE);
    private static final Target COMPLETE_ROLL_OUT = new Target.Milestone("Complete roll out");

    @Test
    void anIndicatorWithTargetsActualsAndAnAssessmentSurvivesAJacksonRoundTrip() {
        JacksonSerializer serializer = JacksonSerializer.defaultSerializer();
        FixtureConfiguration<Indicator> fixture = new AggregateTestFixture<>(Indicator.class);
        fixture.registerInjectableResource(CLOCK);
        fixture.given(defined(),
                        new IndicatorAmendedEvent(ID, TITLE, SERVICE_GROUP, null, new BigDecimal("2.5"), BASELINE, null, List.of()),
                        targetSet(FY_2011_12, TWELVE_THOUSAND, "12,000"),
                        targetSet(FY_2012_13, PLUS_TWENTY_PERCENT, "+20%"),
                        targetSet(FY_2010_11, COMPLETE_ROLL_OUT, "Complete roll out"),
                        new MilestoneAssessedEvent(ID, FY_2010_11, Assessment.ACHIEVED, null, "All areas live", null, null),
                        new ActualRecordedEvent(ID, FY_2011_12, Quarter.Q1, new BigDecimal("9500"), null, null),
                        new ActualCorrectedEvent(ID, FY_2011_12, Quarter.Q1, new BigDecimal("9650.5"),
                                new BigDecimal("9500"), null, null, null))
                .when(new RecordActualCommand(ID, FY_2011_12, Quarter.Q2, new BigDecimal("10400"), null, null, null, 8L))
                .expectState(indicator -> {
                    SerializedObject<byte[]> snapshot = serializer.serialize(indicator, byte[].class);
                    Indicator restored = serializer.deserialize(snapshot);
                    assertThat(restored).usingRecursiveComparison().isEqualTo(indicator);
                    assertThat(new String(snapshot.getData())).contains("9650.5", "10400", "All areas live", "2.5");
                });
    }

    /**
     * Axon passes over a snapshot whose revision is not the aggregate's, and loads from the events instead: revision 3
     * added when each target, actual, assessment and savings line took effect; revision 4 each year's proposal waiting
     * for approval.
     */
    @Test
    void aSnapshotNamesTheLayoutOfTheIndicatorItHolds() {
        JacksonSerializer serializer = JacksonSerializer.defaultSerializer();
        FixtureConfiguration<Indicator> fixture = fixture();
        fixture.given(defined(), targetSet(FY_2011_12, TWELVE_THOUSAND, "12,000"))
                .when(new AmendIndicatorCommand(ID, null, null, null, null, null, null, null))
                .expectState(indicator -> assertThat(serializer.serialize(indicator, byte[].class).getType()
                        .getRevision()).isEqualTo("4"));
    }
}
