package org.homeward.extract;

import java.math.BigDecimal;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.homeward.model.Period;
import org.homeward.model.Population;
import org.homeward.model.Provenance;
import org.homeward.model.ReturnStatistic;
import org.homeward.model.Span;
import org.homeward.model.StatisticKind;

/**
 * The figures of a table whose columns count people ("| Camp | Households | Individuals |"). A column
 * breaks down the figure the text gave before it of the column's total, else the last figure before the table
 * of people who moved: its numbers are figures of those people (their kind, nationality, route and source),
 * in the population the header names, by the row's name. A row dated ("3 June") or named by a month counts
 * that day or month; a "Total" row is the total of its column's other rows. A table with no figure of people
 * before it, or a column whose header names no people ("Convoys", "Date"), gives nothing; where a header says
 * its people moved ("Returned since peak"), the columns whose headers do not ("IDPs in sites") give nothing.
 */
final class TableFigures {

    private static final Pattern YEAR = Pattern.compile("\\b((?:19|20)\\d\\d)\\b");
    private static final Pattern DAY = Pattern.compile("(\\d{1,2})\\s+(\\p{L}{3,9})\\.?(?:\\s+(?:19|20)\\d\\d)?");
    private static final Pattern WORD_BREAKS = Pattern.compile("[^\\p{L}\\-]+");
    private static final String RULE = "stat.table-cell";
    /** Kinds of figures of people who have moved: what a table of rows by camp, month or convoy counts. */
    private static final Set<StatisticKind> MOVED = Set.of(StatisticKind.RETURNED, StatisticKind.REPATRIATED,
            StatisticKind.EVACUATED, StatisticKind.RESETTLED, StatisticKind.TRANSFERRED);
    /** Populations that are part of a larger group: a column of "Individuals" counts the whole group. */
    private static final Set<Population> SUBGROUPS = Set.of(Population.CHILDREN, Population.ORPHANS,
            Population.WOMEN, Population.MEN, Population.FAMILIES);

    private final Map<String, String> populations;
    private final Set<String> movedWords;
    private final String text;

    TableFigures(Lexicons lexicons, String text) {
        this.populations = lexicons.populations;
        this.movedWords = movedWords(lexicons);
        this.text = text;
    }

    /** Words that say people moved: "Returned", "Relocated", "Returnees", "Returns". */
    private static Set<String> movedWords(Lexicons lexicons) {
        Set<String> moved = new HashSet<>(lexicons.returnWords(Lexicons.ReturnClass.RETURNEE, Lexicons.ReturnClass.RETURNS));
        Set<String> kinds = MOVED.stream().map(StatisticKind::slug).collect(Collectors.toSet());
        lexicons.verbs.forEach((form, kind) -> {
            if (kinds.contains(kind)) {
                moved.add(form);
            }
        });
        return moved;
    }

    /** The figures of every table of the text that {@code found}, the figures read so far, do not hold. */
    List<ReturnStatistic> read(List<ReturnStatistic> found) {
        List<ReturnStatistic> figures = new ArrayList<>();
        for (PipeTable table : PipeTable.find(text)) {
            figures.addAll(cells(table, found));
        }
        return figures;
    }

    /**
     * The figure a column breaks down: one the text gave of the column's total (its "Total" row, else the sum
     * of its rows), else the last total of people moved that the text gave before the table.
     */
    private static Optional<ReturnStatistic> context(PipeTable table, BigDecimal columnTotal,
            List<ReturnStatistic> found) {
        Optional<ReturnStatistic> same = found.stream()
                .filter(s -> s.value().compareTo(columnTotal) == 0 && s.evidence().end() <= table.start())
                .findFirst();
        return same.or(() -> found.stream()
                .filter(s -> s.partOf() == null && s.evidence().end() <= table.start() && MOVED.contains(s.kind()))
                .reduce((first, second) -> second));
    }

    /** A number alone in its cell, and where it stands in the text. */
    private record CellNumber(Quantity quantity, int offset) {

        String id() {
            return "statistic-" + offset;
        }
    }

    /**
     * The figures of the columns that count people; where a header says its people moved ("Returned since
     * peak"), only of those columns, for the others count people who stayed ("IDPs in sites").
     */
    private List<ReturnStatistic> cells(PipeTable table, List<ReturnStatistic> known) {
        List<ReturnStatistic> figures = new ArrayList<>();
        List<Map<PipeTable.Row, CellNumber>> columns = new ArrayList<>();
        for (int column = 0; column < table.header().size(); column++) {
            columns.add(numbers(table, column));
        }
        // "Return area" names where people went, not how many: only a column of numbers says who moved
        boolean saysWhoMoved = IntStream.range(1, columns.size())
                .anyMatch(column -> movedHeader(table.header().get(column).text()) && !columns.get(column).isEmpty());
        for (int column = 1; column < table.header().size(); column++) {
            String header = table.header().get(column).text();
            Population named = !saysWhoMoved ? population(header)
                    : movedHeader(header) ? Optional.ofNullable(population(header)).orElse(Population.PEOPLE) : null;
            if (named != null) {
                figures.addAll(column(table, columns.get(column), named, known));
            }
        }
        return figures;
    }

    /** The figures of one column of people, each part of the column's "Total", else of the figure it details. */
    private List<ReturnStatistic> column(PipeTable table, Map<PipeTable.Row, CellNumber> numbers, Population named,
            List<ReturnStatistic> known) {
        Optional<CellNumber> totalRow = numbers.entrySet().stream().filter(e -> isTotal(e.getKey()))
                .map(Map.Entry::getValue).findFirst();
        BigDecimal columnTotal = totalRow.map(n -> n.quantity().value()).orElseGet(() -> numbers.values().stream()
                .map(n -> n.quantity().value()).reduce(BigDecimal.ZERO, BigDecimal::add));
        Optional<ReturnStatistic> detailed = context(table, columnTotal, known);
        if (detailed.isEmpty()) {
            return List.of();
        }
        ReturnStatistic context = detailed.get();
        Population population = named == Population.PEOPLE && !SUBGROUPS.contains(context.population())
                ? context.population() : named; // "Individuals" of a table of refugees are refugees
        String total = totalRow.map(CellNumber::id).orElse(context.id());
        List<ReturnStatistic> figures = new ArrayList<>();
        for (PipeTable.Row row : table.rows()) {
            CellNumber n = numbers.get(row);
            if (n != null && !alreadyFound(known, row, n.quantity())) {
                figures.add(figure(table, row, n, population, context, isTotal(row) ? null : total));
            }
        }
        return figures;
    }

    /** The number each row gives in the column, where the cell holds one number and nothing else. */
    private Map<PipeTable.Row, CellNumber> numbers(PipeTable table, int column) {
        Map<PipeTable.Row, CellNumber> numbers = new HashMap<>();
        for (PipeTable.Row row : table.rows()) {
            if (column < row.cells().size()) {
                PipeTable.Cell cell = row.cells().get(column);
                List<Token> tokens = Tokenizer.tokenize(text, cell.start(), cell.end());
                List<Quantity> read = NumberReader.read(tokens);
                if (read.size() == 1 && read.get(0).from() == 0 && read.get(0).to() == tokens.size()) {
                    numbers.put(row, new CellNumber(read.get(0), tokens.get(read.get(0).numberFrom()).start()));
                }
            }
        }
        return numbers;
    }

    private ReturnStatistic figure(PipeTable table, PipeTable.Row row, CellNumber n, Population population,
            ReturnStatistic context, String partOf) {
        return new ReturnStatistic(n.id(), n.quantity().value(), n.quantity().qualifier(), population, context.kind(),
                context.nationality(), context.origins(), context.destinations(), period(table, row, context),
                context.statedBy(), context.attribution(), partOf, Span.of(text, row.start(), row.end()),
                new Provenance(RULE, 0.7));
    }

    private boolean movedHeader(String header) {
        return Stream.of(WORD_BREAKS.split(header.toLowerCase(Locale.ROOT))).anyMatch(movedWords::contains);
    }

    /** The population a column's header names ("Individuals", "Refugees repatriated"), or null. */
    private Population population(String header) {
        for (String word : WORD_BREAKS.split(header.toLowerCase(Locale.ROOT))) {
            String slug = populations.get(word);
            if (slug != null) {
                return Population.ofSlug(slug);
            }
        }
        return null;
    }

    /**
     * A row's time: the day a date cell gives ("3 June"), else the month its name gives ("January"), in the year
     * the cell, the header or the total gives; a row with neither counts the total's period.
     */
    private Period period(PipeTable table, PipeTable.Row row, ReturnStatistic context) {
        for (PipeTable.Cell cell : row.cells()) {
            Matcher day = DAY.matcher(cell.text());
            Optional<Month> month = day.matches() ? month(day.group(2)) : Optional.empty();
            if (month.isPresent()) {
                return dated(year(cell.text()), table, context, month.get(), Integer.parseInt(day.group(1)));
            }
        }
        String label = row.cells().get(0).text();
        return month(label).map(m -> dated(year(label), table, context, m, 0)).orElse(context.period());
    }

    /** The day (or with {@code day} 0, the month) in the year given, else the header's, else the total's. */
    private static Period dated(Optional<String> year, PipeTable table, ReturnStatistic context, Month month, int day) {
        Optional<String> known = year.or(() -> year(table.header().get(0).text()))
                .or(() -> Optional.ofNullable(context.period().start()).flatMap(TableFigures::year));
        if (known.isEmpty()) {
            return Period.UNKNOWN;
        }
        String date = known.get() + "-" + String.format("%02d", month.getValue())
                + (day > 0 ? "-" + String.format("%02d", day) : "");
        return new Period(date, date);
    }

    private static Optional<Month> month(String label) {
        String first = label.split("\\s+")[0].toLowerCase(Locale.ROOT);
        for (Month m : Month.values()) {
            String name = m.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
            if (first.equals(name) || first.length() >= 3 && name.startsWith(first.replace(".", ""))) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    private static Optional<String> year(String s) {
        Matcher m = YEAR.matcher(s);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static boolean isTotal(PipeTable.Row row) {
        return !row.cells().isEmpty() && row.cells().get(0).text().toLowerCase(Locale.ROOT).startsWith("total");
    }

    /** A figure the sentences already gave from this row. */
    private static boolean alreadyFound(List<ReturnStatistic> found, PipeTable.Row row, Quantity q) {
        return found.stream().anyMatch(s -> s.value().compareTo(q.value()) == 0
                && s.evidence().start() <= row.start() && row.end() <= s.evidence().end());
    }
}
