package io.outturn.standalone.demo;

import io.outturn.command.imports.BusinessPlanImport;
import io.outturn.command.imports.ImportRejectedException;
import io.outturn.command.imports.ImportSummary;
import io.outturn.command.imports.SavingsImportOptions;
import io.outturn.command.imports.SavingsProgrammeImport;
import io.outturn.standalone.StandaloneProperties;
import io.outturn.values.Money;
import io.outturn.values.ProgrammeId;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.common.stream.BlockingStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Loads the demo data (seed 001's savings programme and a business plan from the seeds' KPI tables, see
 * {@code demo/README.md}) on the first start of an empty store, through the same imports a manager uses, as the
 * actor {@value #ACTOR}. A store with any event in it is never touched, so a restart loads nothing twice; and
 * since the imports are idempotent, loading twice would change nothing anyway.
 */
@Component
class DemoDataLoader {

    static final String ACTOR = "demo-data";
    static final ProgrammeId PROGRAMME = ProgrammeId.of("notts-asch-pp-2011-14");
    static final SavingsImportOptions PROGRAMME_OPTIONS = new SavingsImportOptions(
            SavingsImportOptions.AmountScale.THOUSANDS,
            "Adult Social Care, Health and Public Protection savings and efficiencies 2011-14",
            "Nottinghamshire County Council - Adult Social Care, Health and Public Protection (ASCH&PP)",
            Money.of("63833000"));
    static final String SAVINGS_FILE = "demo/savings-2011-14.csv";
    static final String BUSINESS_PLAN_FILE = "demo/business-plan.csv";

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final StandaloneProperties properties;
    private final SavingsProgrammeImport savingsProgramme;
    private final BusinessPlanImport businessPlan;
    private final EventStore eventStore;
    private final ObjectProvider<EventStorageEngine> storageEngine;

    DemoDataLoader(StandaloneProperties properties, SavingsProgrammeImport savingsProgramme,
                   BusinessPlanImport businessPlan, EventStore eventStore,
                   ObjectProvider<EventStorageEngine> storageEngine) {
        this.properties = properties;
        this.savingsProgramme = savingsProgramme;
        this.businessPlan = businessPlan;
        this.eventStore = eventStore;
        this.storageEngine = storageEngine;
    }

    @EventListener(ApplicationReadyEvent.class)
    void loadIntoAnEmptyStore() {
        if (!properties.demoData().enabled()) {
            return;
        }
        if (!storeIsEmpty()) {
            log.info("Demo data not loaded: the event store already holds events");
            return;
        }
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext demo = SecurityContextHolder.createEmptyContext();
        demo.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(ACTOR, null,
                List.of(new SimpleGrantedAuthority("ROLE_MANAGER"))));
        SecurityContextHolder.setContext(demo);
        try {
            log.info("Loading the demo data into the empty event store (see demo/README.md in the jar)");
            ImportSummary savings = savingsProgramme.importFile(PROGRAMME, read(SAVINGS_FILE), PROGRAMME_OPTIONS);
            log.info("Demo data: savings programme {} with {} lines", PROGRAMME, savings.lines().created());
            ImportSummary plan = businessPlan.importFile(read(BUSINESS_PLAN_FILE));
            log.info("Demo data: business plan of {} indicators with {} targets", plan.indicators().created(),
                    plan.targets().created());
        } catch (ImportRejectedException rejected) {
            // The demo files ship with the jar; a rejection is a defect, but not one to stop the service for.
            log.error("Demo data not loaded: {} {}", rejected.getMessage(), rejected.errors());
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /**
     * Asks the storage engine directly where there is one (embedded store); through Axon Server, waits briefly
     * for a first event on a stream from the start.
     */
    boolean storeIsEmpty() {
        EventStorageEngine engine = storageEngine.getIfAvailable();
        if (engine != null) {
            try (Stream<? extends TrackedEventMessage<?>> events = engine.readEvents(null, false)) {
                return events.findFirst().isEmpty();
            }
        }
        try (BlockingStream<TrackedEventMessage<?>> events = eventStore.openStream(null)) {
            return !events.hasNextAvailable(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static byte[] read(String resource) {
        try (var in = new ClassPathResource(resource).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("the demo file " + resource + " is missing from the jar", e);
        }
    }
}
