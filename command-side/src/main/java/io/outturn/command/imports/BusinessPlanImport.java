package io.outturn.command.imports;

import io.outturn.command.domain.CommandResult;
import io.outturn.command.domain.GivenJustification;
import io.outturn.command.domain.JustificationPolicy;
import io.outturn.command.domain.RejectedException;
import io.outturn.command.indicator.AmendIndicatorCommand;
import io.outturn.command.indicator.DefineIndicatorCommand;
import io.outturn.command.indicator.IndicatorDefinition;
import io.outturn.command.indicator.IndicatorState;
import io.outturn.command.indicator.SetTargetCommand;
import io.outturn.command.sender.CommandSender;
import io.outturn.values.Baseline;
import io.outturn.values.FinancialYear;
import io.outturn.values.ProposalId;
import io.outturn.values.Framework;
import io.outturn.values.IndicatorId;
import io.outturn.values.Polarity;
import io.outturn.values.PrintedTarget;
import io.outturn.values.RollUp;
import io.outturn.values.Unit;
import io.outturn.web.input.InputLimits;
import io.outturn.web.security.OrganisationScope;
import org.springframework.stereotype.Service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Imports a business plan: one row per indicator per financial year, defining each indicator and setting its
 * target for the year. Every row is checked, against the others and against what is already recorded, before
 * any command is sent; a file with any error is rejected whole. Re-importing a file changes nothing; a changed
 * file applies only its differences, as revisions justified as the request says or else with code OTHER and a
 * reason naming the file ({@link ImportFile#justificationOfRevisions}). Every command names the
 * version of its indicator that the file was checked against, so a change made meanwhile through the API
 * makes it fail with VERSION_CONFLICT rather than be overwritten unseen.
 */
@Service
public class BusinessPlanImport {

    static final String INDICATOR_ID = "indicator_id";
    static final String TITLE = "title";
    static final String ORGANISATION = "organisation";
    static final String SERVICE_GROUP = "service_group";
    static final String LEAD_OFFICER = "lead_officer";
    static final String FRAMEWORK = "framework";
    static final String UNIT = "unit";
    static final String POLARITY = "polarity";
    static final String ROLL_UP = "roll_up";
    static final String BASELINE_VALUE = "baseline_value";
    static final String BASELINE_FY = "baseline_fy";
    static final String FY = "fy";
    static final String TARGET = "target";

    private static final List<String> REQUIRED =
            List.of(INDICATOR_ID, TITLE, ORGANISATION, FRAMEWORK, UNIT, POLARITY, ROLL_UP, FY, TARGET);

    private final RecordedAggregates recorded;
    private final CommandSender commands;

    BusinessPlanImport(RecordedAggregates recorded, CommandSender commands) {
        this.recorded = recorded;
        this.commands = commands;
    }

    /**
     * @throws ImportRejectedException listing every error, by row and column, when anything in the file is wrong;
     *                                 then nothing has been applied
     */
    public ImportSummary importFile(byte[] content) {
        return importFile(content, GivenJustification.NONE);
    }

    /**
     * @param why why the file's revisions are made; its reason code must fit both an amendment of an indicator and
     *            a revision of a target, since the file may make either
     * @throws ImportRejectedException listing every error, by row and column, when anything in the file is wrong;
     *                                 then nothing has been applied
     */
    public ImportSummary importFile(byte[] content, GivenJustification why) {
        return importFile(content, why, OrganisationScope.UNRESTRICTED);
    }

    /**
     * As {@link #importFile(byte[], GivenJustification)}, for a sender restricted to {@code scope}: a row of any
     * other organisation is an error of its {@code organisation} cell, listed with the rest.
     */
    public ImportSummary importFile(byte[] content, GivenJustification why, OrganisationScope scope) {
        return apply(plan(content, why, scope));
    }

    /**
     * A checked file: per indicator, what the file defines and targets, and what was recorded when checked; and
     * why its revisions are made.
     */
    record Plan(ImportFile file, Map<IndicatorId, PlannedIndicator> indicators, GivenJustification revisions) {
    }

    /**
     * An indicator as the file defines it (the first of its rows, as the command that would define it) with
     * its targets, and as it was recorded when the file was checked: empty when new.
     */
    record PlannedIndicator(DefineIndicatorCommand definition, int firstRow, Map<FinancialYear, PrintedTarget> targets,
                            Optional<IndicatorState> recorded) {
    }

    /** Reads and checks the file against what is recorded now; sends nothing. */
    Plan plan(byte[] content) {
        return plan(content, GivenJustification.NONE, OrganisationScope.UNRESTRICTED);
    }

    private Plan plan(byte[] content, GivenJustification why, OrganisationScope scope) {
        ImportFile file = ImportFile.read(content);
        GivenJustification revisions = file.justificationOfRevisions(why, "business plan");
        try {
            JustificationPolicy.require(JustificationPolicy.Change.INDICATOR_AMENDMENT, revisions);
            JustificationPolicy.require(JustificationPolicy.Change.TARGET_REVISION, revisions);
        } catch (RejectedException refused) {
            throw CommandSender.problemFor(refused.rejection());
        }
        return new Plan(file, validate(file, scope), revisions);
    }

    private Map<IndicatorId, PlannedIndicator> validate(ImportFile file, OrganisationScope scope) {
        List<ImportError> errors = new ArrayList<>();
        Columns columns = new Columns(file.header());
        columns.requireAll(REQUIRED, errors);
        if (!errors.isEmpty()) {
            throw new ImportRejectedException(errors);
        }
        if (file.data().isEmpty()) {
            throw ImportRejectedException.of(1, "file", "the file has a header but no rows");
        }
        Map<IndicatorId, PlannedIndicator> plan = new LinkedHashMap<>();
        Map<FinancialYearOf, Integer> rowOfTarget = new LinkedHashMap<>();
        for (CsvRecord record : file.data()) {
            RowReader row = new RowReader(record, columns, errors);
            Unit unit = row.required(UNIT, ImportValues::unit);
            Polarity polarity = row.required(POLARITY, ImportValues::polarity);
            DefineIndicatorCommand definition = definition(row, unit, polarity);
            if (definition != null && !scope.includes(definition.organisation())) {
                row.error(ORGANISATION, "'" + definition.organisation() + "' is not an organisation you may change");
            }
            FinancialYear fy = row.required(FY, ImportValues::financialYear);
            boolean targetWithinLimit = row.limit(TARGET, InputLimits.PRINTED_LENGTH);
            PrintedTarget target = unit == null || polarity == null || !targetWithinLimit ? null
                    : row.read(TARGET, row.text(TARGET), text -> TargetNotationParser.parse(text, polarity, unit));
            if (!row.clean() || definition == null || fy == null || target == null) {
                continue;
            }
            PlannedIndicator planned = plan.get(definition.indicatorId());
            if (planned == null) {
                planned = new PlannedIndicator(definition, row.row(), new LinkedHashMap<>(),
                        recorded.indicator(definition.indicatorId()));
                plan.put(definition.indicatorId(), planned);
                checkAgainstRecord(planned, errors);
            } else if (!sameDefinition(planned, definition, row)) {
                continue;
            }
            Integer earlier = rowOfTarget.putIfAbsent(new FinancialYearOf(definition.indicatorId(), fy), row.row());
            if (earlier != null) {
                row.error(FY, "row " + earlier + " already sets the " + fy + " target of " + definition.indicatorId());
                continue;
            }
            planned.targets().put(fy, target);
        }
        if (!errors.isEmpty()) {
            throw new ImportRejectedException(errors);
        }
        return plan;
    }

    private record FinancialYearOf(IndicatorId id, FinancialYear fy) {
    }

    /** The command that would define the indicator as this row does; the default tolerance applies. */
    private static DefineIndicatorCommand definition(RowReader row, Unit unit, Polarity polarity) {
        IndicatorId id = row.required(INDICATOR_ID, IndicatorId::of);
        String title = row.required(TITLE, InputLimits.TITLE_LENGTH);
        String organisation = row.required(ORGANISATION, InputLimits.NAME_LENGTH);
        row.limit(SERVICE_GROUP, InputLimits.NAME_LENGTH);
        row.limit(LEAD_OFFICER, InputLimits.NAME_LENGTH);
        Framework framework = row.read(FRAMEWORK, row.text(FRAMEWORK), ImportValues::framework);
        RollUp rollUp = row.required(ROLL_UP, ImportValues::rollUp);
        Baseline baseline = unit == null ? null : baseline(row, unit);
        if (!row.clean()) {
            return null;
        }
        return new DefineIndicatorCommand(id, title, organisation, row.text(SERVICE_GROUP), row.text(LEAD_OFFICER),
                framework, unit, polarity, rollUp, null, baseline);
    }

    private static Baseline baseline(RowReader row, Unit unit) {
        BigDecimal value = row.optional(BASELINE_VALUE, text -> TargetNotationParser.quantity(text, unit));
        FinancialYear fy = row.optional(BASELINE_FY, ImportValues::financialYear);
        if (value != null && fy == null && row.text(BASELINE_FY).isEmpty()) {
            row.error(BASELINE_FY, "a baseline needs the financial year it was measured in");
        }
        if (fy != null && value == null && row.text(BASELINE_VALUE).isEmpty()) {
            row.error(BASELINE_VALUE, "a baseline year needs a baseline value");
        }
        return value == null || fy == null ? null : new Baseline(value, fy, null);
    }

    /** Every row of one indicator must define it alike; the first row that differs is named. */
    private static boolean sameDefinition(PlannedIndicator planned, DefineIndicatorCommand definition, RowReader row) {
        DefineIndicatorCommand first = planned.definition();
        String differs = !first.title().equals(definition.title()) ? TITLE
                : !first.organisation().equals(definition.organisation()) ? ORGANISATION
                : !first.serviceGroup().equals(definition.serviceGroup()) ? SERVICE_GROUP
                : !first.leadOfficer().equals(definition.leadOfficer()) ? LEAD_OFFICER
                : !first.framework().equals(definition.framework()) ? FRAMEWORK
                : first.unit() != definition.unit() ? UNIT
                : first.polarity() != definition.polarity() ? POLARITY
                : first.rollUp() != definition.rollUp() ? ROLL_UP
                : !Objects.equals(first.baseline(), definition.baseline()) ? BASELINE_VALUE
                : null;
        if (differs != null) {
            row.error(differs, "differs from row " + planned.firstRow() + ", which defines " + definition.indicatorId()
                    + " too: every row of an indicator must define it alike");
        }
        return differs == null;
    }

    /** What defines how an indicator is judged cannot be changed by a re-import: it would change past RAGs. */
    private static void checkAgainstRecord(PlannedIndicator planned, List<ImportError> errors) {
        if (planned.recorded().isEmpty()) {
            return;
        }
        IndicatorDefinition recorded = planned.recorded().get().definition();
        DefineIndicatorCommand file = planned.definition();
        unchangeable(planned, ORGANISATION, recorded.organisation(), file.organisation(), errors);
        unchangeable(planned, FRAMEWORK, recorded.framework(), file.framework(), errors);
        unchangeable(planned, UNIT, recorded.unit(), file.unit(), errors);
        unchangeable(planned, POLARITY, recorded.polarity(), file.polarity(), errors);
        unchangeable(planned, ROLL_UP, recorded.rollUp(), file.rollUp(), errors);
    }

    private static void unchangeable(PlannedIndicator planned, String column, Object recorded, Object file,
                                     List<ImportError> errors) {
        if (!recorded.equals(file)) {
            errors.add(new ImportError(planned.firstRow(), column, "indicator " + planned.definition().indicatorId()
                    + " is already defined with " + column + " '" + recorded + "', which an import cannot change"));
        }
    }

    /**
     * Sends the plan's commands, each naming the version of its indicator that the plan was checked against,
     * moved on only by the plan's own commands.
     */
    ImportSummary apply(Plan plan) {
        ImportFile file = plan.file();
        Tally indicators = new Tally();
        Tally targets = new Tally();
        for (PlannedIndicator planned : plan.indicators().values()) {
            DefineIndicatorCommand d = planned.definition();
            long version;
            if (planned.recorded().isEmpty()) {
                version = commands.send(d, file.source()).version();
                indicators.created();
            } else {
                IndicatorState recordedState = planned.recorded().get();
                CommandResult amended = commands.send(new AmendIndicatorCommand(d.indicatorId(), d.title(),
                        d.serviceGroup(), d.leadOfficer(), null, changedBaseline(d, recordedState.definition()),
                        plan.revisions(), recordedState.version()), file.source());
                indicators.revisedOrUnchanged(amended);
                version = amended.version();
            }
            Map<FinancialYear, PrintedTarget> recordedTargets =
                    planned.recorded().map(IndicatorState::targets).orElse(Map.of());
            for (Map.Entry<FinancialYear, PrintedTarget> target : planned.targets().entrySet()) {
                boolean revision = recordedTargets.containsKey(target.getKey());
                // A revision that must wait for a second person becomes a proposal under an id chosen here.
                CommandResult result = commands.send(new SetTargetCommand(d.indicatorId(), target.getKey(),
                        target.getValue().target(), target.getValue().printed(),
                        revision ? plan.revisions() : GivenJustification.NONE, null, version,
                        ProposalId.of(UUID.randomUUID().toString())), file.source());
                version = result.version();
                if (revision) {
                    targets.revisedOrUnchanged(result);
                } else {
                    targets.created();
                }
            }
        }
        return new ImportSummary(new ImportSummary.FileRead(file.sha256(), file.rows()), indicators.counts(),
                targets.counts(), ImportSummary.Counts.NONE, ImportSummary.Counts.NONE);
    }

    /**
     * The file's baseline when it says something new; null (leave as recorded) when it is absent or the same
     * value and year, so that a note recorded through the API is not dropped by a re-import.
     */
    private static Baseline changedBaseline(DefineIndicatorCommand file, IndicatorDefinition recorded) {
        Baseline proposed = file.baseline();
        Baseline current = recorded.baseline();
        if (proposed == null || current != null && current.value().compareTo(proposed.value()) == 0
                && current.fy().equals(proposed.fy())) {
            return null;
        }
        return proposed;
    }
}
