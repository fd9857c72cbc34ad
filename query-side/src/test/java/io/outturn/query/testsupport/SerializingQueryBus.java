package io.outturn.query.testsupport;

import org.axonframework.common.Registration;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MessageHandler;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.responsetypes.ConvertingResponseMessage;
import org.axonframework.queryhandling.DefaultSubscriptionQueryResult;
import org.axonframework.queryhandling.GenericQueryResponseMessage;
import org.axonframework.queryhandling.GenericSubscriptionQueryUpdateMessage;
import org.axonframework.queryhandling.QueryBus;
import org.axonframework.queryhandling.QueryMessage;
import org.axonframework.queryhandling.QueryResponseMessage;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.axonframework.queryhandling.SubscriptionQueryMessage;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.axonframework.queryhandling.SubscriptionQueryUpdateMessage;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;

import java.lang.reflect.Type;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A query bus that does to every answer what Axon Server does: the handler's result and every subscription
 * update are serialized and read back by their serialized type, before the caller sees them. Point-to-point
 * answers are then converted to the response type the caller asked for; a subscription's initial result and
 * updates are not, as through Axon Server. So a response type that would not survive the trip fails here too.
 */
public final class SerializingQueryBus implements QueryBus {

    private final QueryBus delegate;
    private final Serializer serializer;

    public SerializingQueryBus(QueryBus delegate, Serializer serializer) {
        this.delegate = delegate;
        this.serializer = serializer;
    }

    @Override
    public <R> Registration subscribe(String queryName, Type responseType,
                                      MessageHandler<? super QueryMessage<?, R>> handler) {
        return delegate.subscribe(queryName, responseType, handler);
    }

    @Override
    public <Q, R> CompletableFuture<QueryResponseMessage<R>> query(QueryMessage<Q, R> query) {
        return delegate.query(query).thenApply(response -> response.isExceptional() ? response
                : new ConvertingResponseMessage<>(query.getResponseType(), travelled(response)));
    }

    @Override
    public <Q, R> Stream<QueryResponseMessage<R>> scatterGather(QueryMessage<Q, R> query, long timeout, TimeUnit unit) {
        return delegate.scatterGather(query, timeout, unit).map(response -> response.isExceptional() ? response
                : new ConvertingResponseMessage<>(query.getResponseType(), travelled(response)));
    }

    @Override
    public <Q, I, U> SubscriptionQueryResult<QueryResponseMessage<I>, SubscriptionQueryUpdateMessage<U>> subscriptionQuery(
            SubscriptionQueryMessage<Q, I, U> query, int updateBufferSize) {
        SubscriptionQueryResult<QueryResponseMessage<I>, SubscriptionQueryUpdateMessage<U>> result =
                delegate.subscriptionQuery(query, updateBufferSize);
        return new DefaultSubscriptionQueryResult<>(
                result.initialResult().map(response -> response.isExceptional() ? response : travelled(response)),
                result.updates().map(this::travelled),
                result::cancel);
    }

    @Override
    public QueryUpdateEmitter queryUpdateEmitter() {
        return delegate.queryUpdateEmitter();
    }

    @Override
    public Registration registerHandlerInterceptor(MessageHandlerInterceptor<? super QueryMessage<?, ?>> interceptor) {
        return delegate.registerHandlerInterceptor(interceptor);
    }

    @Override
    public Registration registerDispatchInterceptor(MessageDispatchInterceptor<? super QueryMessage<?, ?>> interceptor) {
        return delegate.registerDispatchInterceptor(interceptor);
    }

    @SuppressWarnings("unchecked")
    private <R> QueryResponseMessage<R> travelled(QueryResponseMessage<R> response) {
        return new GenericQueryResponseMessage<>((R) roundTrip(response.getPayload()), response.getMetaData());
    }

    @SuppressWarnings("unchecked")
    private <U> SubscriptionQueryUpdateMessage<U> travelled(SubscriptionQueryUpdateMessage<U> update) {
        if (update.isExceptional()) {
            return update;
        }
        return new GenericSubscriptionQueryUpdateMessage<>((U) roundTrip(update.getPayload()));
    }

    private Object roundTrip(Object payload) {
        if (payload == null) {
            return null;
        }
        SerializedObject<byte[]> serialized = serializer.serialize(payload, byte[].class);
        return serializer.deserialize(serialized);
    }
}
