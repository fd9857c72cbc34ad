package io.outturn.command.savings;

import io.outturn.events.SavingsDeliveryRecordedEvent;
import io.outturn.events.SavingsLineRevisedEvent;
import io.outturn.events.SavingsLineWithdrawnEvent;
import io.outturn.events.SavingsLineAddedEvent;
import io.outturn.values.Money;
import io.outturn.values.Quarter;
import io.outturn.values.Rag;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

import static io.outturn.command.savings.Seed001Savings.*;
import static org.assertj.core.api.Assertions.assertThat;

/** A programme must survive the trip through the Jackson serializer that snapshots would take. */
class SavingsProgrammeSnapshotTest {

    @Test
    void aProgrammeWithRevisedWithdrawnAndDeliveredLinesSurvivesAJacksonRoundTrip() {
        JacksonSerializer serializer = JacksonSerializer.defaultSerializer();
        FixtureConfiguration<SavingsProgramme> fixture = fixture();
        fixture.given(created(), reablementServiceAdded(),
                        new SavingsLineAddedEvent(ID, REABLEMENT_RESTRUCTURE, "3", "Reablement & Homecare - restructure",
                                ADULT_SOCIAL_CARE, profile("600000", "200000", "0"), null),
                        new SavingsLineRevisedEvent(ID, REABLEMENT_SERVICE, REABLEMENT_SERVICE_PROFILE,
                                profile("1000000", "1000000", "0"), null, null),
                        new SavingsLineWithdrawnEvent(ID, REABLEMENT_RESTRUCTURE, profile("600000", "200000", "0"), null, null),
                        new SavingsDeliveryRecordedEvent(ID, REABLEMENT_SERVICE, FY_2011_12, Quarter.Q4,
                                Money.of("1150000"), Rag.AMBER, null, null))
                .when(new RecordSavingsDeliveryCommand(ID, REABLEMENT_SERVICE, FY_2012_13, Quarter.Q1,
                        Money.of("250000"), Rag.GREEN, "On track", null, 6L))
                .expectState(programme -> {
                    SerializedObject<byte[]> snapshot = serializer.serialize(programme, byte[].class);
                    SavingsProgramme restored = serializer.deserialize(snapshot);
                    assertThat(restored).usingRecursiveComparison().isEqualTo(programme);
                    assertThat(new String(snapshot.getData())).contains("1150000", "adult-social-care-3", "On track");
                });
    }
}
