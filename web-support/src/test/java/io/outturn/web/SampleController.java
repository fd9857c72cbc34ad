package io.outturn.web;

import io.outturn.values.FinancialYear;
import io.outturn.values.IndicatorId;
import io.outturn.values.Money;
import io.outturn.values.Quarter;
import io.outturn.values.SavingsProfile;
import io.outturn.values.Target;
import io.outturn.values.Unit;
import io.outturn.web.input.InputLimits;
import io.outturn.web.input.MaxLength;
import io.outturn.web.problem.ErrorCode;
import io.outturn.web.problem.OutturnException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Endpoints shaped like Outturn's, guarded by each role, to exercise web-support from the outside. */
@RestController
class SampleController {

    record SampleBody(@NotNull IndicatorId id, @NotBlank @MaxLength(InputLimits.TITLE_LENGTH) String title,
                      @NotNull Unit unit, FinancialYear fy, Target target, Money amount, SavingsProfile profile,
                      BigDecimal value, Boolean inclusive, String note) {
    }

    @GetMapping("/api/sample/status")
    @PreAuthorize("hasRole('VIEWER')")
    Map<String, String> status() {
        return Map.of("seen", "status");
    }

    @GetMapping("/api/sample/audit")
    @PreAuthorize("hasRole('AUDITOR')")
    Map<String, String> audit() {
        return Map.of("seen", "audit");
    }

    @PostMapping(path = "/api/sample/commands", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('MANAGER')")
    Map<String, String> command(@Valid @RequestBody SampleBody body) {
        return Map.of("id", body.id().value());
    }

    @GetMapping("/api/sample/quarters/{fy}/{quarter}")
    @PreAuthorize("hasRole('VIEWER')")
    Map<String, String> quarter(@PathVariable FinancialYear fy, @PathVariable Quarter quarter) {
        return Map.of("fy", fy.toString(), "quarter", quarter.name());
    }

    @GetMapping("/api/sample/withdrawals")
    @PreAuthorize("hasRole('MANAGER')")
    Map<String, String> withdraw(@RequestParam String reason) {
        return Map.of("reason", reason);
    }

    @GetMapping("/api/sample/rejection")
    @PreAuthorize("hasRole('VIEWER')")
    Map<String, String> rejection() {
        throw new OutturnException(ErrorCode.REASON_REQUIRED, "reason", "A revision needs a reason");
    }

    @GetMapping("/api/sample/failure")
    @PreAuthorize("hasRole('VIEWER')")
    Map<String, String> failure() {
        throw new IllegalStateException("connection string jdbc:h2:/secret/place refused");
    }

    /** As the command bus reports two appends to one aggregate at once, from this JVM or through Axon Server. */
    @GetMapping("/api/sample/conflicts/{kind}")
    @PreAuthorize("hasRole('VIEWER')")
    Map<String, String> conflict(@PathVariable String kind) {
        RuntimeException conflict = switch (kind) {
            case "append" -> new ConcurrencyException("sequence 4 of NI130 is already taken");
            case "creation" -> new AggregateStreamCreationException("NI130 was created by another request");
            default -> throw new IllegalArgumentException(kind);
        };
        throw new CommandExecutionException("the command failed", conflict);
    }

    /** A library's failure wrapped on its way up, as an overflow of a date's milliseconds was. */
    @GetMapping("/api/sample/overflow")
    @PreAuthorize("hasRole('VIEWER')")
    Map<String, String> overflow() {
        throw new IllegalArgumentException(new ArithmeticException("long overflow"));
    }

    @PostMapping(path = "/api/imports/sample", consumes = MediaType.TEXT_PLAIN_VALUE)
    @PreAuthorize("hasRole('MANAGER')")
    Map<String, Long> importSample(InputStream body) throws IOException {
        return Map.of("bytes", (long) body.readAllBytes().length);
    }

    /** Like a streamed export whose source fails once the first rows have gone out. */
    @GetMapping("/api/sample/stream")
    @PreAuthorize("hasRole('VIEWER')")
    void streamThatFailsHalfway(HttpServletResponse response) throws IOException {
        response.setContentType("text/csv");
        response.getOutputStream().write("ref,title\r\n1a,Meals at home\r\n".getBytes(StandardCharsets.UTF_8));
        response.flushBuffer();
        throw new IllegalStateException("the cursor was lost");
    }

    @PostMapping(path = "/api/sample/uploads", consumes = MediaType.TEXT_PLAIN_VALUE)
    @PreAuthorize("hasRole('MANAGER')")
    Map<String, Long> upload(InputStream body) throws IOException {
        return Map.of("bytes", (long) body.readAllBytes().length);
    }
}
