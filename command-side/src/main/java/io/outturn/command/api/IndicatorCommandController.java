package io.outturn.command.api;

import io.outturn.command.domain.CommandResult;
import io.outturn.command.domain.OutturnCommand;
import io.outturn.command.indicator.ApproveTargetRevisionCommand;
import io.outturn.command.indicator.RejectTargetRevisionCommand;
import io.outturn.command.indicator.SetTargetCommand;
import io.outturn.command.indicator.WithdrawTargetCommand;
import io.outturn.command.sender.CommandSender;
import io.outturn.values.FinancialYear;
import io.outturn.values.IndicatorId;
import io.outturn.values.ProposalId;
import io.outturn.values.Quarter;
import io.outturn.web.problem.ErrorCode;
import jakarta.validation.Valid;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/**
 * The indicator commands of the API: define, amend, set and withdraw targets, approve or reject proposed revisions,
 * record actuals, assess milestones.
 */
@RestController
@RequestMapping(path = "/api/indicators", produces = MediaType.APPLICATION_JSON_VALUE)
class IndicatorCommandController {

    private final CommandSender sender;

    IndicatorCommandController(CommandSender sender) {
        this.sender = sender;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CommandResult> define(@Valid @RequestBody DefineIndicatorRequest body) {
        CommandResult result = send(body.id(), body.toCommand());
        return CommandResponses.created(result, "/api/indicators/{id}", body.id());
    }

    @PatchMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CommandResult> amend(@PathVariable IndicatorId id,
                                        @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
                                        @Valid @RequestBody AmendIndicatorRequest body) {
        return CommandResponses.ok(send(id, body.toCommand(id, IfMatch.expectedVersion(ifMatch))));
    }

    /**
     * 200 with the command's answer; or 202 with the proposal, when the revision must wait for a second person
     * ({@code outturn.revisions.approval}). The proposal's id is chosen here, as every id is outside the aggregate.
     */
    @PutMapping(path = "/{id}/targets/{fy}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> setTarget(@PathVariable IndicatorId id, @PathVariable FinancialYear fy,
                                @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
                                @Valid @RequestBody SetTargetRequest body) {
        SetTargetCommand command = body.toCommand(id, fy, IfMatch.expectedVersion(ifMatch),
                ProposalId.of(UUID.randomUUID().toString()));
        CommandResult result = send(id, command);
        if (result.proposalId() == null) {
            return CommandResponses.ok(result);
        }
        return ResponseEntity.accepted().eTag(CommandResponses.etag(result))
                .body(ProposalAccepted.of(result, id, fy, command.target(), command.printed()));
    }

    /** A second person approves: the proposed target takes effect. The proposer may not (409 OWN_PROPOSAL). */
    @PostMapping("/{id}/targets/{fy}/proposals/{proposalId}/approve")
    ResponseEntity<CommandResult> approve(@PathVariable IndicatorId id, @PathVariable FinancialYear fy,
                                          @PathVariable ProposalId proposalId,
                                          @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch) {
        return CommandResponses.ok(send(id,
                new ApproveTargetRevisionCommand(id, fy, proposalId, IfMatch.expectedVersion(ifMatch))));
    }

    /** The proposal is dropped, saying why; the target in force stays. */
    @PostMapping(path = "/{id}/targets/{fy}/proposals/{proposalId}/reject", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CommandResult> reject(@PathVariable IndicatorId id, @PathVariable FinancialYear fy,
                                         @PathVariable ProposalId proposalId,
                                         @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
                                         @RequestBody RejectProposalRequest body) {
        return CommandResponses.ok(send(id, new RejectTargetRevisionCommand(id, fy, proposalId, body.justification(),
                IfMatch.expectedVersion(ifMatch))));
    }

    /** The justification comes as query parameters ({@link JustificationParameters}), as does {@code effectiveFrom}. */
    @DeleteMapping("/{id}/targets/{fy}")
    ResponseEntity<CommandResult> withdrawTarget(@PathVariable IndicatorId id, @PathVariable FinancialYear fy,
                                                 @ModelAttribute JustificationParameters why,
                                                 @RequestParam(required = false) EffectiveFrom effectiveFrom,
                                                 @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch) {
        return CommandResponses.ok(send(id, new WithdrawTargetCommand(id, fy, why.given(),
                EffectiveFrom.instantOf(effectiveFrom), IfMatch.expectedVersion(ifMatch))));
    }

    @PutMapping(path = "/{id}/actuals/{fy}/{quarter}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CommandResult> recordActual(@PathVariable IndicatorId id, @PathVariable FinancialYear fy,
                                               @PathVariable Quarter quarter,
                                               @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
                                               @Valid @RequestBody RecordActualRequest body) {
        return CommandResponses.ok(send(id, body.toCommand(id, fy, quarter, IfMatch.expectedVersion(ifMatch))));
    }

    @PutMapping(path = "/{id}/milestones/{fy}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CommandResult> assessMilestone(@PathVariable IndicatorId id, @PathVariable FinancialYear fy,
                                                  @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
                                                  @Valid @RequestBody AssessMilestoneRequest body) {
        return CommandResponses.ok(send(id, body.toCommand(id, fy, IfMatch.expectedVersion(ifMatch))));
    }

    private CommandResult send(IndicatorId id, OutturnCommand command) {
        return sender.send(command, ErrorCode.INDICATOR_NOT_FOUND, "There is no indicator " + id);
    }
}
