package io.outturn.command.api;

import io.outturn.command.ledger.Checkpoints;
import io.outturn.events.EventMetadata;
import io.outturn.ledger.CheckpointView;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;

/**
 * {@code POST /api/ledger/checkpoints}: takes a checkpoint of the ledger now (201), or answers the latest one when
 * nothing has changed since (200). An auditor may ask for one before downloading an audit pack of recent events;
 * the latest is published at {@code GET /api/ledger/checkpoints/latest}.
 */
@RestController
@RequestMapping(path = "/api/ledger/checkpoints", produces = MediaType.APPLICATION_JSON_VALUE)
class LedgerCheckpointController {

    static final URI LATEST = URI.create("/api/ledger/checkpoints/latest");

    private final Checkpoints checkpoints;

    LedgerCheckpointController(Checkpoints checkpoints) {
        this.checkpoints = checkpoints;
    }

    @PostMapping
    ResponseEntity<CheckpointView> take(Authentication user) {
        Checkpoints.Outcome outcome = checkpoints.take(user.getName(), EventMetadata.SOURCE_API);
        CheckpointView view = CheckpointView.of(outcome.checkpoint());
        return outcome.taken() ? ResponseEntity.created(LATEST).body(view) : ResponseEntity.ok(view);
    }
}
