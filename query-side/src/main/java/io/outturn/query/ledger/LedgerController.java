package io.outturn.query.ledger;

import io.outturn.ledger.CheckpointView;
import io.outturn.web.problem.ErrorCode;
import io.outturn.web.problem.OutturnException;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The ledger's read side. {@code GET /api/ledger/checkpoints/latest} is what a council publishes on its
 * transparency page, so it is open to everyone (web-support's security configuration lets it through): it reveals
 * hashes, a count of aggregates, a store position and a time, nothing recorded. {@code GET /api/ledger/verify}
 * walks the whole store and is for auditors.
 */
@RestController
class LedgerController {

    private final PublishedCheckpoints checkpoints;
    private final LedgerVerification verification;

    LedgerController(PublishedCheckpoints checkpoints, LedgerVerification verification) {
        this.checkpoints = checkpoints;
        this.verification = verification;
    }

    @GetMapping(path = "/api/ledger/checkpoints/latest", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CheckpointView> latest() {
        PublishedCheckpoints.Latest latest = checkpoints.latest();
        if (latest.checkpoint() == null) {
            throw new OutturnException(ErrorCode.CHECKPOINT_NOT_FOUND, "No checkpoint of the ledger has been taken yet");
        }
        return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(CheckpointView.of(latest.checkpoint()));
    }

    @GetMapping(path = "/api/ledger/verify", produces = MediaType.APPLICATION_JSON_VALUE)
    LedgerReport verify() {
        return verification.verify();
    }
}
