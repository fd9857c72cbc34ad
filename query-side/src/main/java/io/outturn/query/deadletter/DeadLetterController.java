package io.outturn.query.deadletter;

import io.outturn.web.problem.ErrorCode;
import io.outturn.web.problem.OutturnException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

/**
 * A projection's dead letters, for admins: {@code GET} lists them (paged), {@code POST .../retry} processes them
 * again, {@code DELETE .../{eventId}} evicts one and {@code DELETE} evicts all.
 */
@RestController
@RequestMapping("/api/admin/projections/{name}/dead-letters")
class DeadLetterController {

    private static final int MAX_PAGE_SIZE = 500;

    private final DeadLetters deadLetters;

    DeadLetterController(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @GetMapping
    DeadLetterPage list(@PathVariable String name, @RequestParam(defaultValue = "0") int page,
                        @RequestParam(defaultValue = "50") int size) {
        if (page < 0) {
            throw new OutturnException(ErrorCode.VALIDATION_FAILED, "page", "page must not be negative");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new OutturnException(ErrorCode.VALIDATION_FAILED, "size", "size must be between 1 and " + MAX_PAGE_SIZE);
        }
        return deadLetters.list(name, page, size);
    }

    @PostMapping("/retry")
    RetryOutcome retry(@PathVariable String name) {
        return deadLetters.retry(name);
    }

    @DeleteMapping("/{eventId}")
    ResponseEntity<Void> evict(@PathVariable String name, @PathVariable String eventId) {
        deadLetters.evict(name, eventId);
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping
    Map<String, Object> evictAll(@PathVariable String name) {
        return Map.of("projection", name, "evicted", deadLetters.evictAll(name));
    }
}
