package io.outturn.command.domain;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.modelling.command.AggregateIdentifier;

/**
 * An event-sourced aggregate whose whole state is one {@link AggregateState}: its command handlers decide on
 * {@link #state}, and its event-sourcing handler only assigns the next one ({@code state = state.apply(event)}).
 * The state is visible to Jackson so that the aggregate can be snapshotted with the Jackson serializer; each
 * aggregate names the layout of its snapshot with {@code @Revision}, so that Axon passes over a snapshot of an
 * older layout and loads the aggregate from its events instead.
 *
 * @param <S> the aggregate's state
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public abstract class FoldedAggregate<S extends AggregateState<S, ?>> {

    protected S state;

    /** Axon creates the aggregate empty (CREATE_IF_MISSING, event sourcing); its events fill it in. */
    protected FoldedAggregate(S initial) {
        this.state = initial;
    }

    @AggregateIdentifier
    public String id() {
        return state.aggregateId();
    }

    /** The state as the aggregate's events have made it. */
    public S state() {
        return state;
    }
}
