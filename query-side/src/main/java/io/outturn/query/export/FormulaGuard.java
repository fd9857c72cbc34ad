package io.outturn.query.export;

/**
 * Neutralises text that a spreadsheet would run as a formula (CSV or formula injection: OWASP; ASVS 5.0
 * requirement 1.2.10). A cell whose first character is {@code =}, {@code +}, {@code -}, {@code @}, a tab, a
 * carriage return, a line feed or a NUL, or the full-width {@code ＝ ＋ － ＠} that East Asian editions of Excel
 * read as the same signs, is escaped with a single quote: in a CSV the quote is written before the text; in a
 * workbook the cell is a text cell (never a formula) marked "quote prefixed", which is how a spreadsheet itself
 * stores text typed after a quote, so the text stays exactly as recorded and stays text when edited.
 *
 * <p>Only text is guarded. Numbers are written as numbers, so {@code -3880} stays a number; the reason
 * {@code "-5% on last year"} becomes {@code "'-5% on last year"} in a CSV.
 */
final class FormulaGuard {

    static final char ESCAPE = '\'';

    private FormulaGuard() {
    }

    /** Whether a spreadsheet could read {@code text} as a formula. */
    static boolean isRisky(String text) {
        if (text.isEmpty()) {
            return false;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r', '\n', '\0', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20' -> true;
            default -> false;
        };
    }

    /** {@code text} as a CSV cell: quoted with a leading single quote when it is risky, as it is otherwise. */
    static String forCsv(String text) {
        return isRisky(text) ? ESCAPE + text : text;
    }
}
