package io.outturn.query.scrutiny;

import io.outturn.query.indicator.TargetProposal;
import io.outturn.query.web.RequestValues;
import io.outturn.web.problem.ErrorCode;
import io.outturn.web.problem.OutturnException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import static io.outturn.query.web.RequestValues.DEFAULT_PAGE_SIZE;
import static io.outturn.query.web.RequestValues.MAX_PAGE_SIZE;

/**
 * {@code GET /api/proposals?status=PENDING&fy=&organisation=}: revisions of targets proposed for a second person's
 * approval, oldest first, so that what has waited longest is seen first. Anyone who may read a status card (which
 * shows its waiting proposal) may read them.
 */
@RestController
@PreAuthorize("hasRole('VIEWER')")
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
                RequestValues.boundedInt(page, "page", 0, 0, Integer.MAX_VALUE / MAX_PAGE_SIZE),
                RequestValues.boundedInt(size, "size", DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE));
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
