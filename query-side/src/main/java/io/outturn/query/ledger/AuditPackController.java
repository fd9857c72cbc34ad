package io.outturn.query.ledger;

import io.outturn.ledger.AuditPack;
import io.outturn.query.eventstore.EventStoreReader;
import io.outturn.query.web.TransactionTime;
import io.outturn.web.problem.ErrorCode;
import io.outturn.web.problem.OutturnException;
import io.outturn.web.security.OrganisationScope;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;

/**
 * {@code GET /api/audit/pack?aggregateId=&from=&to=}: a zip an auditor checks offline with
 * {@code java -jar outturn-standalone.jar verify PACK.zip}, or with any verifier written from its ALGORITHM.txt.
 * {@code from} and {@code to} bound the events by transaction time, as the audit log's do.
 */
@RestController
class AuditPackController {

    static final MediaType ZIP = MediaType.parseMediaType("application/zip");

    private final AuditPacks packs;
    private final EventStoreReader storedEvents;

    AuditPackController(AuditPacks packs, EventStoreReader storedEvents) {
        this.packs = packs;
        this.storedEvents = storedEvents;
    }

    /** The type is set on the answer, not declared on the mapping, so that a refusal still answers as a problem document. */
    @GetMapping("/api/audit/pack")
    ResponseEntity<byte[]> pack(@RequestParam(required = false) String aggregateId,
                                @RequestParam(required = false) String from,
                                @RequestParam(required = false) String to) {
        if (aggregateId == null || aggregateId.isBlank()) {
            throw new OutturnException(ErrorCode.VALIDATION_FAILED, "aggregateId", "aggregateId is required");
        }
        OrganisationScope scope = OrganisationScope.current();
        if (scope.restricted() && !storedEvents.organisationOf(aggregateId.strip()).filter(scope::includes).isPresent()) {
            throw new OutturnException(ErrorCode.NOT_FOUND, "aggregateId", "no indicator or programme " + aggregateId);
        }
        Instant fromInstant = TransactionTime.startOf(from, "from");
        Instant toInstant = TransactionTime.endOf(to, "to");
        AuditPack pack = packs.pack(aggregateId.strip(), fromInstant, toInstant);
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try {
            pack.writeTo(zip);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the audit pack of " + aggregateId, e);
        }
        return ResponseEntity.ok()
                .contentType(ZIP)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("outturn-audit-pack-" + fileSafe(pack.aggregateId()) + ".zip").build().toString())
                .body(zip.toByteArray());
    }

    private static String fileSafe(String aggregateId) {
        return aggregateId.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
