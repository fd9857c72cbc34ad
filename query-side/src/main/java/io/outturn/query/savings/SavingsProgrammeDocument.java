package io.outturn.query.savings;

import io.outturn.values.FinancialYear;
import io.outturn.values.LineId;
import io.outturn.values.Money;
import io.outturn.values.ProgrammeId;
import io.outturn.values.Quarter;
import io.outturn.values.Rag;
import io.outturn.values.SavingsProfile;
import org.bson.Document;
import org.bson.types.Decimal128;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The {@code savings_programme} document of one programme, keyed by the programme id. It holds the folded
 * state (enough to continue folding), the derived totals (so that the list reads them without the lines) and
 * {@code lastSequence}, the Axon sequence of the last event applied. Money is stored as Decimal128: exact, to
 * the penny. Financial years are map keys in their {@code 2011-12} form; line ids, which may contain dots,
 * are never keys.
 */
final class SavingsProgrammeDocument {

    static final String COLLECTION = "savings_programme";

    static final String ID = "_id";
    static final String LAST_SEQUENCE = "lastSequence";
    static final String VERSION = "version";
    static final String TITLE = "title";
    static final String ORGANISATION = "organisation";
    static final String FINANCIAL_YEARS = "financialYears";
    static final String OVERALL_TARGET = "overallTarget";
    static final String TOTALS = "totals";
    static final String TOTAL_ALL_YEARS = "totalAllYears";
    static final String GAP_TO_OVERALL_TARGET = "gapToOverallTarget";
    static final String LINES = "lines";
    static final String LAST_CHANGED_AT = "lastChangedAt";

    private static final String LINE_ID = "lineId";
    private static final String REF = "ref";
    private static final String SERVICE_AREA = "serviceArea";
    private static final String PROFILE = "profile";
    private static final String WITHDRAWN = "withdrawn";
    private static final String REVISIONS = "revisions";
    private static final String DELIVERY = "delivery";
    private static final String QUARTER = "quarter";
    private static final String ACHIEVED_TO_DATE = "achievedToDate";
    private static final String RAG = "rag";
    private static final String NOTE = "note";
    private static final String RECORDED_AT = "recordedAt";

    private SavingsProgrammeDocument() {
    }

    static Document toDocument(SavingsProgrammeState state) {
        SavingsProgrammeView view = SavingsProgrammeViews.of(state);
        List<Document> lines = new ArrayList<>();
        state.lines().forEach(line -> lines.add(line(line)));
        return new Document(ID, state.id().value())
                .append(LAST_SEQUENCE, state.version() - 1)
                .append(VERSION, state.version())
                .append(TITLE, state.title())
                .append(ORGANISATION, state.organisation())
                .append(FINANCIAL_YEARS, state.financialYears().stream().map(FinancialYear::toString).toList())
                .append(OVERALL_TARGET, money(state.overallTarget()))
                .append(TOTALS, amounts(view.totals()))
                .append(TOTAL_ALL_YEARS, money(view.totalAllYears()))
                .append(GAP_TO_OVERALL_TARGET, money(view.gapToOverallTarget()))
                .append(LINES, lines)
                .append(LAST_CHANGED_AT, date(state.lastChangedAt()));
    }

    static SavingsProgrammeState toState(Document document) {
        List<SavingsLine> lines = new ArrayList<>();
        for (Document line : document.getList(LINES, Document.class, List.of())) {
            lines.add(line(line));
        }
        return new SavingsProgrammeState(
                ProgrammeId.of(document.getString(ID)),
                document.getString(TITLE),
                document.getString(ORGANISATION),
                document.getList(FINANCIAL_YEARS, String.class, List.of()).stream().map(FinancialYear::parse).toList(),
                money(document.get(OVERALL_TARGET)),
                lines,
                document.get(VERSION, Number.class).longValue(),
                instant(document.getDate(LAST_CHANGED_AT)));
    }

    static SavingsProgrammeSummary toSummary(Document document) {
        return new SavingsProgrammeSummary(
                ProgrammeId.of(document.getString(ID)),
                document.getString(TITLE),
                document.getString(ORGANISATION),
                amounts(document.get(TOTALS, Document.class)),
                money(document.get(TOTAL_ALL_YEARS)),
                document.get(VERSION, Number.class).longValue());
    }

    private static Document line(SavingsLine line) {
        Document delivery = new Document();
        line.delivery().forEach((fy, report) -> delivery.append(fy.toString(), new Document(QUARTER, report.quarter().name())
                .append(ACHIEVED_TO_DATE, money(report.achievedToDate()))
                .append(RAG, report.rag() == null ? null : report.rag().name())
                .append(NOTE, report.note())
                .append(RECORDED_AT, date(report.recordedAt()))));
        return new Document(LINE_ID, line.lineId().value())
                .append(REF, line.ref())
                .append(TITLE, line.title())
                .append(SERVICE_AREA, line.serviceArea())
                .append(PROFILE, amounts(line.profile().asMap()))
                .append(WITHDRAWN, line.withdrawn())
                .append(REVISIONS, line.revisions())
                .append(DELIVERY, delivery);
    }

    private static SavingsLine line(Document document) {
        TreeMap<FinancialYear, LineDelivery> delivery = new TreeMap<>();
        Document reports = document.get(DELIVERY, Document.class);
        if (reports != null) {
            reports.forEach((fy, value) -> {
                Document report = (Document) value;
                String rag = report.getString(RAG);
                delivery.put(FinancialYear.parse(fy), new LineDelivery(
                        Quarter.parse(report.getString(QUARTER)),
                        money(report.get(ACHIEVED_TO_DATE)),
                        rag == null ? null : Rag.valueOf(rag),
                        report.getString(NOTE),
                        instant(report.getDate(RECORDED_AT))));
            });
        }
        return new SavingsLine(
                LineId.of(document.getString(LINE_ID)),
                document.getString(REF),
                document.getString(TITLE),
                document.getString(SERVICE_AREA),
                new SavingsProfile(amounts(document.get(PROFILE, Document.class))),
                document.getBoolean(WITHDRAWN, false),
                document.get(REVISIONS, Number.class).intValue(),
                delivery);
    }

    private static Document amounts(Map<FinancialYear, Money> amounts) {
        Document document = new Document();
        amounts.forEach((fy, amount) -> document.append(fy.toString(), money(amount)));
        return document;
    }

    private static SortedMap<FinancialYear, Money> amounts(Document document) {
        TreeMap<FinancialYear, Money> amounts = new TreeMap<>();
        if (document != null) {
            document.forEach((fy, amount) -> amounts.put(FinancialYear.parse(fy), money(amount)));
        }
        return amounts;
    }

    private static Decimal128 money(Money money) {
        return money == null ? null : new Decimal128(money.pounds());
    }

    private static Money money(Object stored) {
        if (stored == null) {
            return null;
        }
        if (stored instanceof Decimal128 decimal) {
            return Money.of(decimal.bigDecimalValue());
        }
        // A document written by hand or by another tool may hold the amount as text; read it exactly.
        return Money.of(new BigDecimal(stored.toString()));
    }

    private static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
