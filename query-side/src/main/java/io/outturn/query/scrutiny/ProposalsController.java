package io.outturn.query.scrutiny;

import io.outturn.query.indicator.TargetProposal;
import io.outturn.query.web.RequestValues;
import io.outturn.web.problem.ErrorCode;
import io.outturn.web.problem.OutturnException;
import io.outturn.web.security.OrganisationScope;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;


/**
 * {@code GET /api/proposals?status=PENDING&fy=&organisation=}: revisions of targets proposed for a second person's
 * approval, oldest first, so that what has waited longest is seen first. Anyone who may read a status card (which
 * shows its waiting proposal) may read them.
 */
@RestController
class ProposalsController {

    private final TargetProposals proposals;

    ProposalsController(TargetProposals proposals) {
        this.proposals = proposals;
    }

    @GetMapping("/api/proposals")
    TargetProposals.TargetProposalPage proposals(@RequestParam(required = false) String status,
                                                 @RequestParam(required = false) String fy,
                                                 @RequestParam(required = false) String organisation,
                                                 @RequestParam(required = false) String page,
                                                 @RequestParam(required = false) String size) {
        return proposals.search(statusOf(status),
                fy == null || fy.isBlank() ? null : RequestValues.financialYear(fy.strip(), "fy"),
                organisation == null || organisation.isBlank() ? null : organisation,
                RequestValues.page(page), RequestValues.pageSize(size), OrganisationScope.current());
    }

    private static TargetProposal.Status statusOf(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return TargetProposal.Status.valueOf(status.strip());
        } catch (IllegalArgumentException notAStatus) {
            throw new OutturnException(ErrorCode.VALIDATION_FAILED, "status",
                    "'" + status + "' is not one of PENDING, APPROVED, REJECTED");
        }
    }
}
