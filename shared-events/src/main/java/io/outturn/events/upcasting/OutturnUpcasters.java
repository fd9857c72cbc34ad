package io.outturn.events.upcasting;

import io.outturn.events.ActualCorrectedEvent;
import io.outturn.events.ActualRecordedEvent;
import io.outturn.events.IndicatorAmendedEvent;
import io.outturn.events.IndicatorDefinedEvent;
import io.outturn.events.MilestoneAssessedEvent;
import io.outturn.events.SavingsDeliveryRecordedEvent;
import io.outturn.events.SavingsLineAddedEvent;
import io.outturn.events.SavingsLineRevisedEvent;
import io.outturn.events.SavingsLineWithdrawnEvent;
import io.outturn.events.TargetSetEvent;
import io.outturn.events.TargetWithdrawnEvent;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;

import java.util.List;

/**
 * Every upcaster of the published language, for events stored by Axon's Jackson serializer. Applications register
 * {@link #chain()} once; it reads every stored revision of every event as the revision the records now have.
 *
 * <p>Revision 1 to 2 adds fields, each with its empty value: {@code effectiveFrom} null (effective when
 * recorded), {@code proposalId} and {@code definition} null, {@code aliases} empty. A change (a revision,
 * correction, withdrawal, reassessment or amendment) gets as its {@code justification} the reason its metadata
 * carried, with code {@code OTHER} and no decision; a first setting or assessment gets none.
 */
public final class OutturnUpcasters {

    private static final String EFFECTIVE_FROM = "effectiveFrom";

    private OutturnUpcasters() {
    }

    /** The upcasters in the order they must run: oldest revision first. */
    public static EventUpcasterChain chain() {
        return new EventUpcasterChain(revision1To2());
    }

    private static List<EventUpcaster> revision1To2() {
        return List.of(
                new Revision2Upcaster(IndicatorDefinedEvent.class, legacy -> legacy
                        .withNull("definition")
                        .withEmptyList("aliases")),
                new Revision2Upcaster(IndicatorAmendedEvent.class, legacy -> legacy
                        .withJustificationFromReason()
                        .withEmptyList("aliases")),
                new Revision2Upcaster(TargetSetEvent.class, legacy -> legacy
                        .withJustificationFromReasonIf(legacy.has("previous"))
                        .withNull(EFFECTIVE_FROM)
                        .withNull("proposalId")),
                new Revision2Upcaster(TargetWithdrawnEvent.class, legacy -> legacy
                        .withJustificationFromReason()
                        .withNull(EFFECTIVE_FROM)),
                new Revision2Upcaster(ActualRecordedEvent.class, legacy -> legacy
                        .withNull(EFFECTIVE_FROM)),
                new Revision2Upcaster(ActualCorrectedEvent.class, legacy -> legacy
                        .withJustificationFromReason()
                        .withNull(EFFECTIVE_FROM)),
                new Revision2Upcaster(MilestoneAssessedEvent.class, legacy -> legacy
                        .withJustificationFromReasonIf(legacy.has("previous"))
                        .withNull(EFFECTIVE_FROM)),
                new Revision2Upcaster(SavingsLineAddedEvent.class, legacy -> legacy
                        .withNull(EFFECTIVE_FROM)),
                new Revision2Upcaster(SavingsLineRevisedEvent.class, legacy -> legacy
                        .withJustificationFromReason()
                        .withNull(EFFECTIVE_FROM)),
                new Revision2Upcaster(SavingsLineWithdrawnEvent.class, legacy -> legacy
                        .withJustificationFromReason()
                        .withNull(EFFECTIVE_FROM)),
                new Revision2Upcaster(SavingsDeliveryRecordedEvent.class, legacy -> legacy
                        .withNull(EFFECTIVE_FROM)));
    }
}
