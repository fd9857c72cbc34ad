package io.outturn.query.live;

import io.outturn.query.indicator.FindKpiStatusStreamQuery;
import io.outturn.query.indicator.KpiStatusStreamResponse;
import io.outturn.query.indicator.KpiStatusView;
import io.outturn.query.web.RequestValues;
import io.outturn.values.FinancialYear;
import io.outturn.web.problem.ErrorCode;
import io.outturn.web.problem.OutturnException;
import io.outturn.web.security.OrganisationScope;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.security.Principal;

/**
 * Server-Sent Events of status cards as they change, for dashboards. Backed by an Axon subscription query,
 * so that an update emitted by whichever query-side instance projected the event reaches clients connected
 * to any instance (through Axon Server in the distributed set-up).
 */
@RestController
class LiveStatusController {

    private final QueryGateway queryGateway;
    private final Heartbeats heartbeats;
    private final LiveProperties properties;
    private final LiveStreams streams;

    LiveStatusController(QueryGateway queryGateway, Heartbeats heartbeats, LiveProperties properties,
                         LiveStreams streams) {
        this.queryGateway = queryGateway;
        this.heartbeats = heartbeats;
        this.properties = properties;
        this.streams = streams;
    }

    /**
     * {@code fy} follows one financial year; without it, every year. A user with as many streams open as it may have
     * is answered 429 (and a stopping application 503) before any subscription is made.
     */
    @GetMapping(path = "/api/indicators/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream(@RequestParam(required = false) String fy, Principal principal) {
        FinancialYear year = fy == null || fy.isBlank() ? null : RequestValues.financialYear(fy, "fy");
        String user = principal.getName();
        if (!streams.reserve(user)) {
            throw new OutturnException(ErrorCode.TOO_MANY_REQUESTS, "You have " + properties.maxStreamsPerUser()
                    + " live streams open already, as many as one user may; close one first");
        }
        SseEmitter emitter = new SseEmitter(properties.timeout().toMillis());
        SubscriptionQueryResult<KpiStatusStreamResponse, KpiStatusView> subscription = queryGateway.subscriptionQuery(
                new FindKpiStatusStreamQuery(year, OrganisationScope.current().organisations()),
                ResponseTypes.instanceOf(KpiStatusStreamResponse.class),
                ResponseTypes.instanceOf(KpiStatusView.class));
        LiveStatusStream[] stream = new LiveStatusStream[1];
        stream[0] = new LiveStatusStream(emitter, subscription, () -> streams.closed(user, stream[0]));
        streams.attach(stream[0]);
        stream[0].start(heartbeats, properties);
        return emitter;
    }
}
