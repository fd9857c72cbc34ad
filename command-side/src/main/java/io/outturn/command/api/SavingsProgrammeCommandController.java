package io.outturn.command.api;

import io.outturn.command.domain.CommandResult;
import io.outturn.command.domain.OutturnCommand;
import io.outturn.command.savings.WithdrawSavingsLineCommand;
import io.outturn.command.sender.CommandSender;
import io.outturn.values.FinancialYear;
import io.outturn.values.LineId;
import io.outturn.values.ProgrammeId;
import io.outturn.values.Quarter;
import io.outturn.web.problem.ErrorCode;
import jakarta.validation.Valid;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The savings programme commands of the API: create a programme, add, revise and withdraw lines, record delivery. */
@RestController
@RequestMapping(path = "/api/savings-programmes", produces = MediaType.APPLICATION_JSON_VALUE)
@PreAuthorize("hasRole('MANAGER')")
class SavingsProgrammeCommandController {

    private final CommandSender sender;

    SavingsProgrammeCommandController(CommandSender sender) {
        this.sender = sender;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CommandResult> create(@Valid @RequestBody CreateSavingsProgrammeRequest body) {
        CommandResult result = send(body.id(), body.toCommand());
        return CommandResponses.created(result, "/api/savings-programmes/{pid}", body.id());
    }

    @PostMapping(path = "/{pid}/lines", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CommandResult> addLine(@PathVariable ProgrammeId pid,
                                          @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
                                          @Valid @RequestBody AddSavingsLineRequest body) {
        CommandResult result = send(pid, body.toCommand(pid, IfMatch.expectedVersion(ifMatch)));
        return CommandResponses.created(result, "/api/savings-programmes/{pid}/lines/{lineId}", pid, body.lineId());
    }

    @PutMapping(path = "/{pid}/lines/{lineId}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CommandResult> reviseLine(@PathVariable ProgrammeId pid, @PathVariable LineId lineId,
                                             @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
                                             @Valid @RequestBody ReviseSavingsLineRequest body) {
        return CommandResponses.ok(send(pid, body.toCommand(pid, lineId, IfMatch.expectedVersion(ifMatch))));
    }

    /** The justification comes as query parameters ({@link JustificationParameters}), as does {@code effectiveFrom}. */
    @DeleteMapping("/{pid}/lines/{lineId}")
    ResponseEntity<CommandResult> withdrawLine(@PathVariable ProgrammeId pid, @PathVariable LineId lineId,
                                               @ModelAttribute JustificationParameters why,
                                               @RequestParam(required = false) EffectiveFrom effectiveFrom,
                                               @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch) {
        return CommandResponses.ok(send(pid, new WithdrawSavingsLineCommand(pid, lineId, why.given(),
                EffectiveFrom.instantOf(effectiveFrom), IfMatch.expectedVersion(ifMatch))));
    }

    @PutMapping(path = "/{pid}/lines/{lineId}/delivery/{fy}/{quarter}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CommandResult> recordDelivery(@PathVariable ProgrammeId pid, @PathVariable LineId lineId,
                                                 @PathVariable FinancialYear fy, @PathVariable Quarter quarter,
                                                 @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
                                                 @Valid @RequestBody RecordSavingsDeliveryRequest body) {
        return CommandResponses.ok(send(pid, body.toCommand(pid, lineId, fy, quarter, IfMatch.expectedVersion(ifMatch))));
    }

    private CommandResult send(ProgrammeId pid, OutturnCommand command) {
        return sender.send(command, ErrorCode.PROGRAMME_NOT_FOUND, "There is no savings programme " + pid);
    }
}
