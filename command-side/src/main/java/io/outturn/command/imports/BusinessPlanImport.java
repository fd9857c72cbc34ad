package io.outturn.command.imports;

import io.outturn.command.indicator.AmendIndicatorCommand;
import io.outturn.command.indicator.DefineIndicatorCommand;
import io.outturn.command.indicator.SetTargetCommand;
import io.outturn.command.sender.CommandSender;
import io.outturn.values.Baseline;
import io.outturn.values.FinancialYear;
import io.outturn.values.Framework;
import io.outturn.values.IndicatorId;
import io.outturn.values.Polarity;
import io.outturn.values.RollUp;
import io.outturn.values.Unit;
import org.springframework.stereotype.Service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Imports a business plan: one row per indicator per financial year, defining each indicator and setting its
 * target for the year. Every row is checked, against the others and against what is already recorded, before
 * any command is sent; a file with any error is rejected whole. Re-importing a file changes nothing; a changed
 * file applies only its differences, as revisions with the reason {@code import}.
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

    private final RecordedState recorded;
    private final CommandSender commands;

    BusinessPlanImport(RecordedState recorded, CommandSender commands) {
        this.recorded = recorded;
        this.commands = commands;
    }

    /**
     * @throws ImportRejectedException listing every error, by row and column, when anything in the file is wrong;
     *                                 then nothing has been applied
     */
    public ImportSummary importFile(byte[] content) {
        ImportFile file = ImportFile.read(content);
        Map<IndicatorId, PlannedIndicator> plan = validate(file);
        return apply(plan, file);
    }

    /** An indicator's definition as one row gives it. */
    private record Definition(IndicatorId id, String title, String organisation, String serviceGroup,
                              String leadOfficer, Framework framework, Unit unit, Polarity polarity, RollUp rollUp,
                              Baseline baseline) {
    }

    private record PlannedIndicator(Definition definition, int firstRow,
                                    Map<FinancialYear, ParsedTarget> targets,
                                    Optional<RecordedState.Indicator> recorded) {
    }

    private Map<IndicatorId, PlannedIndicator> validate(ImportFile file) {
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
            Definition definition = definition(row, unit, polarity);
            FinancialYear fy = row.required(FY, ImportValues::financialYear);
            ParsedTarget target = unit == null || polarity == null ? null
                    : row.read(TARGET, row.text(TARGET), text -> TargetNotationParser.parse(text, polarity, unit));
            if (!row.clean() || definition == null || fy == null || target == null) {
                continue;
            }
            PlannedIndicator planned = plan.get(definition.id());
            if (planned == null) {
                planned = new PlannedIndicator(definition, row.row(), new LinkedHashMap<>(),
                        recorded.indicator(definition.id()));
                plan.put(definition.id(), planned);
                checkAgainstRecord(planned, errors);
            } else if (!sameDefinition(planned, definition, row)) {
                continue;
            }
            Integer earlier = rowOfTarget.putIfAbsent(new FinancialYearOf(definition.id(), fy), row.row());
            if (earlier != null) {
                row.error(FY, "row " + earlier + " already sets the " + fy + " target of " + definition.id());
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

    private static Definition definition(RowReader row, Unit unit, Polarity polarity) {
        IndicatorId id = row.required(INDICATOR_ID, IndicatorId::of);
        String title = row.required(TITLE);
        String organisation = row.required(ORGANISATION);
        Framework framework = row.read(FRAMEWORK, row.text(FRAMEWORK), ImportValues::framework);
        RollUp rollUp = row.required(ROLL_UP, ImportValues::rollUp);
        Baseline baseline = unit == null ? null : baseline(row, unit);
        if (!row.clean()) {
            return null;
        }
        return new Definition(id, title, organisation, row.text(SERVICE_GROUP), row.text(LEAD_OFFICER), framework,
                unit, polarity, rollUp, baseline);
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
    private static boolean sameDefinition(PlannedIndicator planned, Definition definition, RowReader row) {
        Definition first = planned.definition();
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
            row.error(differs, "differs from row " + planned.firstRow() + ", which defines " + definition.id()
                    + " too: every row of an indicator must define it alike");
        }
        return differs == null;
    }

    /** What defines how an indicator is judged cannot be changed by a re-import: it would change past RAGs. */
    private static void checkAgainstRecord(PlannedIndicator planned, List<ImportError> errors) {
        if (planned.recorded().isEmpty()) {
            return;
        }
        RecordedState.Indicator recorded = planned.recorded().get();
        Definition file = planned.definition();
        unchangeable(planned, ORGANISATION, recorded.organisation(), file.organisation(), errors);
        unchangeable(planned, FRAMEWORK, recorded.framework(), file.framework(), errors);
        unchangeable(planned, UNIT, recorded.unit(), file.unit(), errors);
        unchangeable(planned, POLARITY, recorded.polarity(), file.polarity(), errors);
        unchangeable(planned, ROLL_UP, recorded.rollUp(), file.rollUp(), errors);
    }

    private static void unchangeable(PlannedIndicator planned, String column, Object recorded, Object file,
                                     List<ImportError> errors) {
        if (!recorded.equals(file)) {
            errors.add(new ImportError(planned.firstRow(), column, "indicator " + planned.definition().id()
                    + " is already defined with " + column + " '" + recorded + "', which an import cannot change"));
        }
    }

    private ImportSummary apply(Map<IndicatorId, PlannedIndicator> plan, ImportFile file) {
        Tally indicators = new Tally();
        Tally targets = new Tally();
        for (PlannedIndicator planned : plan.values()) {
            Definition d = planned.definition();
            if (planned.recorded().isEmpty()) {
                commands.send(new DefineIndicatorCommand(d.id(), d.title(), d.organisation(), d.serviceGroup(),
                        d.leadOfficer(), d.framework(), d.unit(), d.polarity(), d.rollUp(), null, d.baseline()),
                        file.source());
                indicators.created();
            } else {
                indicators.revisedOrUnchanged(commands.send(new AmendIndicatorCommand(d.id(), d.title(),
                        d.serviceGroup(), d.leadOfficer(), null, changedBaseline(d, planned.recorded().get()),
                        ImportFile.REASON, null), file.source()));
            }
            Map<FinancialYear, ParsedTarget> recordedTargets =
                    planned.recorded().map(RecordedState.Indicator::targets).orElse(Map.of());
            planned.targets().forEach((fy, target) -> {
                boolean revision = recordedTargets.containsKey(fy);
                var result = commands.send(new SetTargetCommand(d.id(), fy, target.target(), target.printed(),
                        revision ? ImportFile.REASON : null, null), file.source());
                if (revision) {
                    targets.revisedOrUnchanged(result);
                } else {
                    targets.created();
                }
            });
        }
        return new ImportSummary(new ImportSummary.FileRead(file.sha256(), file.rows()), indicators.counts(),
                targets.counts(), ImportSummary.Counts.NONE, ImportSummary.Counts.NONE);
    }

    /**
     * The file's baseline when it says something new; null (leave as recorded) when it is absent or the same
     * value and year, so that a note recorded through the API is not dropped by a re-import.
     */
    private static Baseline changedBaseline(Definition file, RecordedState.Indicator recorded) {
        Baseline proposed = file.baseline();
        Baseline current = recorded.baseline();
        if (proposed == null || current != null && current.value().compareTo(proposed.value()) == 0
                && current.fy().equals(proposed.fy())) {
            return null;
        }
        return proposed;
    }
}
