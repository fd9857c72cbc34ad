package io.outturn.query.savings;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/** The initial result of a subscription on a programme's version: the version stored now, 0 when there is none. */
@Component
class ProgrammeVersions {

    private final SavingsProgrammeStore store;

    ProgrammeVersions(SavingsProgrammeStore store) {
        this.store = store;
    }

    @QueryHandler
    Long handle(ProgrammeVersionQuery query) {
        return store.find(query.programmeId()).map(SavingsProgrammeState::version).orElse(0L);
    }
}
