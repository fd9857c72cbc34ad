package io.outturn.query.admin;

import io.outturn.query.config.ProcessingGroups;
import io.outturn.query.config.SegmentFailures;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * With several query-side instances, one may hold none of a projection's segments (more instances than segments,
 * or just after another took them over). It has nothing left to do for that projection: no lag, full progress,
 * and each segment shown as held elsewhere, where that instance reports its own figures.
 */
class ProjectionProcessorsTest {

    private static final String SAVINGS_PROGRAMME = ProcessingGroups.SAVINGS_PROGRAMME;

    @Test
    void anInstanceHoldingNoneOfAProjectionsSegmentsReportsNoLagAndFullProgress() {
        StreamingEventProcessor processor = mock(StreamingEventProcessor.class);
        when(processor.processingStatus()).thenReturn(Map.of());
        when(processor.isRunning()).thenReturn(true);
        EventProcessingConfiguration processing = mock(EventProcessingConfiguration.class);
        when(processing.eventProcessor(SAVINGS_PROGRAMME, StreamingEventProcessor.class)).thenReturn(Optional.of(processor));
        when(processing.deadLetterQueue(SAVINGS_PROGRAMME)).thenReturn(Optional.empty());
        EventStore eventStore = mock(EventStore.class);
        when(eventStore.createHeadToken()).thenReturn(new GlobalSequenceTrackingToken(342));
        TokenStore tokenStore = mock(TokenStore.class);
        when(tokenStore.fetchSegments(SAVINGS_PROGRAMME)).thenReturn(new int[] {0, 1});
        SegmentFailures failures = mock(SegmentFailures.class);
        when(failures.of(SAVINGS_PROGRAMME)).thenReturn(Map.of());
        ProjectionProcessors processors = new ProjectionProcessors(processing, eventStore, tokenStore, failures,
                mock(EveryInstance.class));

        ProjectionStatus status = processors.status(SAVINGS_PROGRAMME);

        assertThat(processors.lag(SAVINGS_PROGRAMME)).isZero();
        assertThat(status.caughtUp()).isTrue();
        assertThat(status.progressPercent()).isEqualTo(100);
        assertThat(status.segments()).extracting(SegmentStatus::state)
                .containsExactly(SegmentStatus.State.ELSEWHERE, SegmentStatus.State.ELSEWHERE);
    }
}
