package org.homeward.map;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** Dates as precise as the text states them: a full date, a year and month, or a year. */
public final class TemporalLiterals {

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern YEAR_MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    private TemporalLiterals() {}

    /** The XSD type of {@code yyyy-MM-dd}, {@code yyyy-MM} or {@code yyyy}; empty for anything else. */
    public static Optional<XSDDatatype> datatypeOf(String value) {
        try {
            if (DATE.matcher(value).matches()) {
                LocalDate.parse(value);
                return Optional.of(XSDDatatype.XSDdate);
            }
            if (YEAR_MONTH.matcher(value).matches()) {
                YearMonth.parse(value);
                return Optional.of(XSDDatatype.XSDgYearMonth);
            }
        } catch (DateTimeException e) {
            // Right shape, impossible value ("2020-02-30"): not a date.
            return Optional.empty();
        }
        return YEAR.matcher(value).matches() ? Optional.of(XSDDatatype.XSDgYear) : Optional.empty();
    }

    /** The value as a literal of its XSD type; empty if it is not one of the three forms. */
    public static Optional<Node> literal(String value) {
        return datatypeOf(value).map(type -> NodeFactory.createLiteralDT(value, type));
    }
}
