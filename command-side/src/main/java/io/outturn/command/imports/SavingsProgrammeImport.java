package io.outturn.command.imports;

import io.outturn.command.domain.CommandResult;
import io.outturn.command.domain.GivenJustification;
import io.outturn.command.domain.JustificationPolicy;
import io.outturn.command.domain.RejectedException;
import io.outturn.command.savings.AddSavingsLineCommand;
import io.outturn.command.savings.CreateSavingsProgrammeCommand;
import io.outturn.command.savings.ReviseSavingsLineCommand;
import io.outturn.command.savings.SavingsProfilePolicy;
import io.outturn.command.savings.SavingsProgrammeState;
import io.outturn.command.sender.CommandSender;
import io.outturn.values.FinancialYear;
import io.outturn.values.Justification;
import io.outturn.values.LineId;
import io.outturn.values.Money;
import io.outturn.values.ProgrammeId;
import io.outturn.values.SavingsProfile;
import org.springframework.stereotype.Service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Imports a savings programme in the shape the plans print it: {@code ref, title, service_area} and one column
 * per financial year named {@code fyYYYY_YY}, in £000 unless told otherwise. The programme is created with the
 * header's years if it does not exist. A line is identified by its service area and ref (refs repeat across
 * service areas). A printed {@code TOTAL} row is not a line: the lines must add up to it. Every row is checked
 * before any command is sent; re-importing a file changes nothing; a changed profile is a revision, justified as
 * the request says or else with code OTHER and a reason naming the file ({@link ImportFile#justificationOfRevisions}).
 * Every command names the version of the programme that the file was checked against,
 * so a change made meanwhile through the API makes it fail with VERSION_CONFLICT rather than be overwritten
 * unseen.
 */
@Service
public class SavingsProgrammeImport {

    static final String REF = "ref";
    static final String TITLE = "title";
    static final String SERVICE_AREA = "service_area";

    private static final List<String> REQUIRED = List.of(REF, TITLE, SERVICE_AREA);
    private static final Pattern YEAR_COLUMN = Pattern.compile("fy_?\\d.*");
    private static final String TOTAL = "TOTAL";
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);
    private static final int MAX_ID_LENGTH = 64;

    private final RecordedAggregates recorded;
    private final CommandSender commands;

    SavingsProgrammeImport(RecordedAggregates recorded, CommandSender commands) {
        this.recorded = recorded;
        this.commands = commands;
    }

    /**
     * @throws ImportRejectedException listing every error, by row and column, when anything in the file is wrong;
     *                                 then nothing has been applied
     */
    public ImportSummary importFile(ProgrammeId programmeId, byte[] content, SavingsImportOptions options) {
        return importFile(programmeId, content, options, GivenJustification.NONE);
    }

    /**
     * @param why why the file's revisions of lines are made; REPHASING only when no revised line's total changes
     * @throws ImportRejectedException listing every error, by row and column, when anything in the file is wrong;
     *                                 then nothing has been applied
     */
    public ImportSummary importFile(ProgrammeId programmeId, byte[] content, SavingsImportOptions options,
                                    GivenJustification why) {
        return apply(plan(programmeId, content, options, why));
    }

    /** Reads and checks the file against what is recorded now; sends nothing. */
    Plan plan(ProgrammeId programmeId, byte[] content, SavingsImportOptions options) {
        return plan(programmeId, content, options, GivenJustification.NONE);
    }

    private Plan plan(ProgrammeId programmeId, byte[] content, SavingsImportOptions options, GivenJustification why) {
        ImportFile file = ImportFile.read(content);
        Optional<SavingsProgrammeState> programme = recorded.programme(programmeId);
        Plan plan = validate(programmeId, file, programme, options,
                file.justificationOfRevisions(why, "savings programme " + programmeId));
        requireFittingJustification(plan);
        return plan;
    }

    /** The justification must fit a revision of each line the file revises, before any of them is sent. */
    private static void requireFittingJustification(Plan plan) {
        try {
            Justification justification =
                    JustificationPolicy.require(JustificationPolicy.Change.SAVINGS_LINE_REVISION, plan.revisions());
            for (PlannedLine line : plan.lines()) {
                SavingsProgrammeState.Line recordedLine =
                        plan.recorded().map(programme -> programme.line(line.lineId())).orElse(null);
                if (line.exists() && recordedLine != null && !recordedLine.profile().equals(line.profile())) {
                    SavingsProfilePolicy.requireFits(justification, recordedLine.profile(), line.profile());
                }
            }
        } catch (RejectedException refused) {
            throw CommandSender.problemFor(refused.rejection());
        }
    }

    private record YearColumn(String name, FinancialYear fy) {
    }

    record PlannedLine(LineId lineId, String ref, String title, String serviceArea, SavingsProfile profile,
                       boolean exists) {
    }

    /**
     * A checked file: its lines, the programme as it was recorded when checked (empty when new), and why its
     * revisions are made.
     */
    record Plan(ProgrammeId programmeId, ImportFile file, SavingsImportOptions options,
                Optional<SavingsProgrammeState> recorded, List<FinancialYear> years, List<PlannedLine> lines,
                GivenJustification revisions) {
    }

    private Plan validate(ProgrammeId programmeId, ImportFile file, Optional<SavingsProgrammeState> programme,
                          SavingsImportOptions options, GivenJustification revisions) {
        List<ImportError> errors = new ArrayList<>();
        Columns columns = new Columns(file.header());
        columns.requireAll(REQUIRED, errors);
        List<YearColumn> years = yearColumns(columns, errors);
        if (!errors.isEmpty()) {
            throw new ImportRejectedException(errors);
        }
        List<PlannedLine> lines = new ArrayList<>();
        Map<LineId, Integer> rowOfLine = new HashMap<>();
        Map<FinancialYear, BigDecimal> sums = new HashMap<>();
        RowReader totalRow = null;
        for (CsvRecord record : file.data()) {
            RowReader row = new RowReader(record, columns, errors);
            if (row.text(REF).equalsIgnoreCase(TOTAL)) {
                totalRow = row;
                continue;
            }
            String ref = row.required(REF);
            String title = row.required(TITLE);
            String serviceArea = row.required(SERVICE_AREA);
            SavingsProfile profile = profile(row, years, programme, options, sums);
            if (!row.clean()) {
                continue;
            }
            PlannedLine line = line(row, ref, title, serviceArea, profile, programme);
            if (line == null) {
                continue;
            }
            Integer earlier = rowOfLine.putIfAbsent(line.lineId(), row.row());
            if (earlier != null) {
                row.error(REF, "row " + earlier + " is already line " + line.lineId() + " (" + serviceArea + ", ref "
                        + ref + ")");
                continue;
            }
            lines.add(line);
        }
        if (errors.isEmpty() && totalRow != null) {
            checkTotals(totalRow, years, sums);
        }
        if (lines.isEmpty() && errors.isEmpty()) {
            errors.add(new ImportError(1, "file", "the file has no savings lines"));
        }
        if (!errors.isEmpty()) {
            throw new ImportRejectedException(errors);
        }
        return new Plan(programmeId, file, options, programme, years.stream().map(YearColumn::fy).toList(), lines,
                revisions);
    }

    private static List<YearColumn> yearColumns(Columns columns, List<ImportError> errors) {
        List<YearColumn> years = new ArrayList<>();
        for (String name : columns.names()) {
            if (!YEAR_COLUMN.matcher(name).matches()) {
                continue;
            }
            try {
                FinancialYear fy = ImportValues.financialYear(name);
                if (years.stream().anyMatch(year -> year.fy().equals(fy))) {
                    errors.add(new ImportError(1, name, "a second column for " + fy));
                } else {
                    years.add(new YearColumn(name, fy));
                }
            } catch (NotationException e) {
                errors.add(new ImportError(1, name, "a year column is named fyYYYY_YY, such as fy2011_12"));
            }
        }
        if (years.isEmpty() && errors.isEmpty()) {
            errors.add(new ImportError(1, "header", "no financial year columns: name them fyYYYY_YY, such as fy2011_12"));
        }
        return years;
    }

    private static SavingsProfile profile(RowReader row, List<YearColumn> years,
                                          Optional<SavingsProgrammeState> programme, SavingsImportOptions options,
                                          Map<FinancialYear, BigDecimal> sums) {
        TreeMap<FinancialYear, Money> amounts = new TreeMap<>();
        for (YearColumn year : years) {
            BigDecimal printed = row.optional(year.name(), ImportValues::amount);
            if (printed == null) {
                continue;
            }
            sums.merge(year.fy(), printed, BigDecimal::add);
            if (printed.signum() < 0) {
                row.error(year.name(), "a saving is not negative: " + printed.toPlainString());
                continue;
            }
            if (programme.isPresent() && !programme.get().financialYears().contains(year.fy())) {
                row.error(year.name(), year.fy() + " is not one of the programme's years "
                        + programme.get().financialYears());
                continue;
            }
            Money amount = row.read(year.name(), printed.toPlainString(), text -> pounds(printed, options));
            if (amount != null) {
                amounts.put(year.fy(), amount);
            }
        }
        if (amounts.isEmpty() && row.clean()) {
            row.error(years.get(0).name(), "the line has no amount for any year");
        }
        return amounts.isEmpty() ? null : new SavingsProfile(amounts);
    }

    private static Money pounds(BigDecimal printed, SavingsImportOptions options) {
        return Money.of(options.scale() == SavingsImportOptions.AmountScale.THOUSANDS
                ? printed.multiply(THOUSAND) : printed);
    }

    /** The recorded line with the row's service area and ref keeps its id; a new one gets an id derived from them. */
    private static PlannedLine line(RowReader row, String ref, String title, String serviceArea,
                                    SavingsProfile profile, Optional<SavingsProgrammeState> programme) {
        Optional<SavingsProgrammeState.Line> existing = programme.flatMap(p -> p.lineKeyedBy(serviceArea, ref));
        if (existing.isPresent()) {
            if (existing.get().withdrawn()) {
                row.error(REF, "line " + existing.get().lineId() + " (" + serviceArea + ", ref " + ref
                        + ") has been withdrawn; an import cannot revise it");
                return null;
            }
            return new PlannedLine(existing.get().lineId(), ref, title, serviceArea, profile, true);
        }
        LineId lineId = row.read(REF, ref, text -> lineIdFor(serviceArea, ref));
        if (lineId == null) {
            return null;
        }
        SavingsProgrammeState.Line taken = programme.map(p -> p.line(lineId)).orElse(null);
        if (taken != null) {
            row.error(REF, "line id " + lineId + " is already used by " + taken.serviceArea() + ", ref "
                    + taken.ref());
            return null;
        }
        return new PlannedLine(lineId, ref, title, serviceArea, profile, false);
    }

    /** {@code Adult Social Care} and {@code 2} make {@code adult-social-care-2}. */
    static LineId lineIdFor(String serviceArea, String ref) {
        String area = slug(serviceArea);
        String key = slug(ref);
        if (key.isEmpty()) {
            throw new NotationException("a ref needs a letter or a digit: '" + ref + "'");
        }
        int room = MAX_ID_LENGTH - key.length() - 1;
        if (area.length() > room) {
            area = area.substring(0, Math.max(room, 0)).replaceAll("-+$", "");
        }
        return LineId.of(area.isEmpty() ? key : area + "-" + key);
    }

    private static String slug(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }

    /** The printed total of each year must be what its lines add up to, in the file's own units. */
    private static void checkTotals(RowReader total, List<YearColumn> years, Map<FinancialYear, BigDecimal> sums) {
        for (YearColumn year : years) {
            BigDecimal printed = total.optional(year.name(), ImportValues::amount);
            BigDecimal sum = sums.getOrDefault(year.fy(), BigDecimal.ZERO);
            if (printed != null && printed.compareTo(sum) != 0) {
                total.error(year.name(), "the lines add up to " + sum.toPlainString() + " but the total row prints "
                        + printed.toPlainString());
            }
        }
    }

    /**
     * Sends the plan's commands, each naming the version of the programme that the plan was checked against,
     * moved on only by the plan's own commands.
     */
    ImportSummary apply(Plan plan) {
        ImportFile file = plan.file();
        SavingsImportOptions options = plan.options();
        Tally programmes = new Tally();
        Tally lines = new Tally();
        long version;
        if (plan.recorded().isEmpty()) {
            version = commands.send(new CreateSavingsProgrammeCommand(plan.programmeId(),
                    options.title() == null ? plan.programmeId().value() : options.title(),
                    options.organisation() == null ? SavingsImportOptions.ORGANISATION_NOT_STATED : options.organisation(),
                    plan.years(), options.overallTarget()), file.source()).version();
            programmes.created();
        } else {
            version = plan.recorded().get().version();
            programmes.unchanged();
        }
        for (PlannedLine line : plan.lines()) {
            CommandResult result;
            if (line.exists()) {
                result = commands.send(new ReviseSavingsLineCommand(plan.programmeId(), line.lineId(),
                        line.profile(), plan.revisions(), null, version), file.source());
                lines.revisedOrUnchanged(result);
            } else {
                result = commands.send(new AddSavingsLineCommand(plan.programmeId(), line.lineId(), line.ref(),
                        line.title(), line.serviceArea(), line.profile(), null, version), file.source());
                lines.created();
            }
            version = result.version();
        }
        return new ImportSummary(new ImportSummary.FileRead(file.sha256(), file.rows()), ImportSummary.Counts.NONE,
                ImportSummary.Counts.NONE, programmes.counts(), lines.counts());
    }
}
