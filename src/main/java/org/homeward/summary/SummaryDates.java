package org.homeward.summary;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The dates of the facts table: a date, year-month or year as the article states it, widened to its first or
 * last day so that periods compare as {@code xsd:date}, and the month of a date where it is known to the month.
 */
final class SummaryDates {

    private SummaryDates() {}

    /** The first day of a stated date, month or year. */
    static Optional<LocalDate> first(Node literal) {
        return parse(literal, true);
    }

    /** The last day of a stated date, month or year. */
    static Optional<LocalDate> last(Node literal) {
        return parse(literal, false);
    }

    /** The month of a stated date or year-month; a bare year has none. */
    static Optional<YearMonth> month(Node literal) {
        String text = literal.getLiteralLexicalForm();
        if (text.length() < 7) {
            return Optional.empty();
        }
        try {
            return Optional.of(YearMonth.parse(text.substring(0, 7)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** An {@code xsd:date} literal. */
    static Node date(LocalDate date) {
        return NodeFactory.createLiteralDT(date.toString(), XSDDatatype.XSDdate);
    }

    /** An {@code xsd:gYearMonth} literal. */
    static Node yearMonth(YearMonth month) {
        return NodeFactory.createLiteralDT(month.toString(), XSDDatatype.XSDgYearMonth);
    }

    private static Optional<LocalDate> parse(Node literal, boolean first) {
        if (literal == null || !literal.isLiteral()) {
            return Optional.empty();
        }
        String text = literal.getLiteralLexicalForm();
        try {
            return Optional.of(switch (text.length()) {
                case 4 -> first ? Year.parse(text).atDay(1) : Year.parse(text).atMonth(12).atEndOfMonth();
                case 7 -> first ? YearMonth.parse(text).atDay(1) : YearMonth.parse(text).atEndOfMonth();
                default -> LocalDate.parse(text.substring(0, 10));
            });
        } catch (DateTimeParseException | StringIndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }
}
