package io.outturn.command.api;

import io.outturn.command.domain.CommandResult;
import org.springframework.http.ResponseEntity;
import org.springframework.web.util.UriComponentsBuilder;

import java.net.URI;

/** A command's answer: the result as the body and the aggregate's new version as the {@code ETag}. */
final class CommandResponses {

    private CommandResponses() {
    }

    static ResponseEntity<CommandResult> ok(CommandResult result) {
        return ResponseEntity.ok().eTag(etag(result)).body(result);
    }

    /** 201 with a {@code Location} relative to the server, so it stays right behind a gateway. */
    static ResponseEntity<CommandResult> created(CommandResult result, String pathTemplate, Object... variables) {
        URI location = UriComponentsBuilder.fromPath(pathTemplate).buildAndExpand(variables).encode().toUri();
        return ResponseEntity.created(location).eTag(etag(result)).body(result);
    }

    static String etag(CommandResult result) {
        return "\"" + result.version() + "\"";
    }
}
