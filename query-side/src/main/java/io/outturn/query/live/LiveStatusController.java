package io.outturn.query.live;

import io.outturn.query.indicator.FindKpiStatusStreamQuery;
import io.outturn.query.indicator.KpiStatusView;
import io.outturn.query.web.RequestValues;
import io.outturn.values.FinancialYear;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.util.List;

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

    LiveStatusController(QueryGateway queryGateway, Heartbeats heartbeats, LiveProperties properties) {
        this.queryGateway = queryGateway;
        this.heartbeats = heartbeats;
        this.properties = properties;
    }

    /** {@code fy} follows one financial year; without it, every year. */
    @GetMapping(path = "/api/indicators/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream(@RequestParam(required = false) String fy) {
        FinancialYear year = fy == null || fy.isBlank() ? null : RequestValues.financialYear(fy, "fy");
        SseEmitter emitter = new SseEmitter(properties.timeout().toMillis());
        SubscriptionQueryResult<List<KpiStatusView>, KpiStatusView> subscription = queryGateway.subscriptionQuery(
                new FindKpiStatusStreamQuery(year),
                ResponseTypes.multipleInstancesOf(KpiStatusView.class),
                ResponseTypes.instanceOf(KpiStatusView.class));
        new LiveStatusStream(emitter, subscription).start(heartbeats, properties);
        return emitter;
    }
}
