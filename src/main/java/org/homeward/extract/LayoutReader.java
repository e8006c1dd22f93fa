package org.homeward.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.homeward.model.ExcludedRegion;
import org.homeward.model.Span;

/**
 * Reads the layout of a news document by general rules: a leading metadata line, the dateline, credit lines,
 * and page furniture — appeals to readers, "Trending", share buttons, related-link lists — which is
 * excluded from extraction.
 */
final class LayoutReader {

    private static final Pattern PUBLISHED_LINE = Pattern.compile(
            "\\A\\s*(?:date|published|posted)\\s*:?\\s+(\\d{4}-\\d{2}-\\d{2})(?:[T ][0-9:.]+Z?)?\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DATELINE_AGENCY = Pattern.compile(
            "(?m)^(\\p{Lu}[\\p{Lu} .'\\-]{2,}), (?:[A-Z][a-z]+\\.? \\d{1,2}\\.? )?/([A-Za-z][A-Za-z\\- ]{1,30})/\\.?");
    private static final Pattern DATELINE_PAREN = Pattern.compile(
            "(?m)^(\\p{Lu}[\\p{Lu} .'\\-]{2,})(?:, [A-Z][A-Za-z.]+)?(?:,? [A-Z][a-z]{2,8}\\.? \\d{1,2})? "
                    + "\\(([A-Za-z][A-Za-z\\- ]{1,30})\\) ?[—–-]+");
    /** "QUETTA: More than…", "ARUSHA – The first convoy…": a place in capitals opening a line of prose. */
    private static final Pattern DATELINE_PLAIN = Pattern.compile(
            "(?m)^(\\p{Lu}[\\p{Lu}'\\-]{3,}(?: \\p{Lu}[\\p{Lu}'\\-]+){0,2})(?:, [A-Z][a-z]{2,8}\\.? \\d{1,2})? ?[:—–-] (?=\\p{Lu}\\p{L}* [\\p{Ll}\\d])");
    private static final Pattern CREDIT = Pattern.compile(
            "(?m)^(?:The )?((?:[A-Z][\\w.\\-]*)(?: [A-Z][\\w.\\-]*){0,3}) (writers?|correspondents?|reporters?|staff writers?) "
                    + "((?:[A-Z][\\w.'\\-]+ ?){2,3}(?:(?:, | and )(?:[A-Z][\\w.'\\-]+ ?){2,3})*)"
                    + "(?: in [A-Z][\\w ]+?)? contributed(?: to this (?:report|story))?\\.?[ \\t]*$");
    private static final Pattern BYLINE = Pattern.compile(
            "(?m)^[ \\t]*\\(?(?:(?:[Aa]dditional )?(?:[Rr]eporting|[Ww]riting|[Ee]diting) by|Written by) [^\\n]{3,200}$"
                    + "|(?m)^[ \\t]*By (?!The |A |An )\\p{Lu}[^\\n]{3,80}$");
    private static final Pattern BYLINE_PART = Pattern.compile(
            "((?:[Aa]dditional )?(?:[Rr]eporting|[Ww]riting|[Ee]diting)|By|Written) by ([^;)]+)|^[ \\t]*(By) ([^;)]+)");
    private static final Pattern BYLINE_NAME = Pattern.compile(
            "(\\p{Lu}[\\p{L}'’\\-]+(?: \\p{Lu}[\\p{L}'’\\-]+){1,2})(?: (?:in|at) \\p{Lu}[\\p{L}'’\\- ]*?)?(?=,| and | based |$|\\s+\\p{Lu}[a-z]+ \\d)");
    private static final String NAME =
            "(?!(?:By|Published|Updated|Posted|Last|Modified|First|Reporting|Editing)\\b)\\p{Lu}[\\p{L}'’\\-]+(?: \\p{Lu}[\\p{L}'’\\-]+){1,2}";
    private static final String PLACE = "(?: (?:at|in) \\p{Lu}[\\p{L}'’\\-]+)?";
    /** "Jane Doe May 26, 2022", "Jane Doe at Torkham and John Roe in Kabul Thu 9 Nov 2023": an author line. */
    private static final Pattern AUTHOR_LINE = Pattern.compile(
            "(?m)^[ \\t]*(" + NAME + ")" + PLACE + "(?: and (" + NAME + ")" + PLACE + ")?(?: |[ \\t]*\\n[ \\t]*)(?:\\p{Lu}[a-z]{2} )?"
                    + "(?:\\d{1,2} \\p{Lu}[a-z]{2,8}|\\p{Lu}[a-z]{2,8}\\.? \\d{1,2}),? \\d{4}\\b[^\\n]{0,20}$");
    private static final Pattern APPEAL_START = Pattern.compile(
            "(?im)^[ \\t]*(?:A (?:message|note|word) from\\b|Dear (?:readers?|friends|subscribers)\\b|"
                    + "Support (?:our|independent|quality) journalism\\b|Please (?:donate|support us)\\b|"
                    + "Become an? (?:member|subscriber|supporter)\\b)");
    private static final Pattern FURNITURE_LINE = Pattern.compile(
            "(?im)^[ \\t]*(?:Trending(?: now)?|Advertisement|Share(?: this)?(?: article| story)?(?: on \\w+)?|"
                    + "Related(?: articles| stories| coverage| content)?|Read (?:more|also|next)|Recommended(?: for you)?|"
                    + "Most (?:read|popular|viewed)|Follow us(?: on \\w+)?|Sign up\\b[^\\n]{0,80}|Click here\\b[^\\n]{0,80}|"
                    + "Subscribe\\b[^\\n]{0,80}|Remind me later|Tweet|Email|Print|Comments?)[ \\t]*:?[ \\t]*$");
    private static final Pattern LIST_HEADER = Pattern.compile(
            "(?i)^[ \\t]*(?:Trending|Related|Read more|Read also|Recommended|Most read|Most popular|More from)");

    private static final int AUTHOR_LINE_REACH = 1000;

    private LayoutReader() {}

    /** The layout of the text; {@code reportGenres} name documents ("release"), which no author line does. */
    static Layout read(String text, Set<String> reportGenres) {
        List<ExcludedRegion> excluded = new ArrayList<>();
        Layout.Found published = publishedLine(text, excluded);
        appeal(text, excluded);
        furnitureLines(text, excluded);
        List<Layout.Credit> credits = credits(text, reportGenres).stream()
                .filter(c -> excluded.stream().noneMatch(r -> c.span().overlaps(r.span())))
                .toList();
        return new Layout(List.copyOf(excluded), published, dateline(text), credits);
    }

    private static Layout.Found publishedLine(String text, List<ExcludedRegion> excluded) {
        Matcher m = PUBLISHED_LINE.matcher(text);
        if (!m.find()) {
            return null;
        }
        excluded.add(new ExcludedRegion(Span.of(text, m.start(), m.end()), "metadata line"));
        return new Layout.Found(m.group(1), Span.of(text, m.start(1), m.end(1)));
    }

    /** An appeal to readers runs from its opening line to the end of the document. */
    private static void appeal(String text, List<ExcludedRegion> excluded) {
        Matcher m = APPEAL_START.matcher(text);
        while (m.find()) {
            if (m.start() > text.length() / 3) {
                int start = m.start() + leadingBlanks(text, m.start());
                excluded.add(new ExcludedRegion(Span.of(text, start, trimmedEnd(text)), "appeal to readers"));
                return;
            }
        }
    }

    private static void furnitureLines(String text, List<ExcludedRegion> excluded) {
        Matcher m = FURNITURE_LINE.matcher(text);
        while (m.find()) {
            int start = m.start() + leadingBlanks(text, m.start());
            int end = LIST_HEADER.matcher(m.group()).find() ? linkListEnd(text, m.end()) : m.end();
            Span span = Span.of(text, start, end);
            if (excluded.stream().noneMatch(r -> span.within(r.span()))) {
                excluded.add(new ExcludedRegion(span, "page furniture"));
            }
        }
    }

    /** After a "Related" header, the short unpunctuated lines that follow are links. */
    private static int linkListEnd(String text, int from) {
        int end = from;
        int lineStart = from + 1;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? text.length() : lineEnd;
            String line = text.substring(lineStart, lineEnd).strip();
            if (line.isEmpty() || line.length() > 120 || line.matches(".*[.!?\"”]$")) {
                break;
            }
            end = lineEnd;
            lineStart = lineEnd + 1;
        }
        return end;
    }

    private static Layout.Dateline dateline(String text) {
        Matcher m = DATELINE_AGENCY.matcher(text);
        if (!m.find()) {
            m = DATELINE_PAREN.matcher(text);
            if (!m.find()) {
                return plainDateline(text);
            }
        }
        String place = m.group(1).strip();
        Layout.Found agency = new Layout.Found(m.group(2).strip(), Span.of(text, m.start(2), m.end(2)));
        return new Layout.Dateline(Span.of(text, m.start(), m.end()), place, agency);
    }

    private static Layout.Dateline plainDateline(String text) {
        Matcher m = DATELINE_PLAIN.matcher(text);
        return m.find() ? new Layout.Dateline(Span.of(text, m.start(), m.end()), m.group(1), null) : null;
    }

    private static List<Layout.Credit> credits(String text, Set<String> reportGenres) {
        List<Layout.Credit> credits = new ArrayList<>(bylines(text));
        authorLines(text).filter(c -> !namesADocument(c, reportGenres)).ifPresent(credits::add);
        Matcher m = CREDIT.matcher(text);
        while (m.find()) {
            List<Layout.Found> writers = new ArrayList<>();
            Matcher name = Pattern.compile("[A-Z][\\w.'\\-]+(?: [A-Z][\\w.'\\-]+){1,2}").matcher(m.group(3));
            while (name.find()) {
                int start = m.start(3) + name.start();
                writers.add(new Layout.Found(name.group(), Span.of(text, start, start + name.group().length())));
            }
            String role = m.group(2).toLowerCase(Locale.ROOT).replaceAll("s$", "");
            Layout.Found outlet = new Layout.Found(m.group(1), Span.of(text, m.start(1), m.end(1)));
            credits.add(new Layout.Credit(Span.of(text, m.start(), m.end()), outlet, role, writers));
        }
        return credits;
    }

    /** The author line under a headline, if the first lines hold one. */
    private static java.util.Optional<Layout.Credit> authorLines(String text) {
        Matcher m = AUTHOR_LINE.matcher(text);
        if (!m.find() || m.start() > AUTHOR_LINE_REACH) {
            return java.util.Optional.empty();
        }
        List<Layout.Found> writers = new ArrayList<>();
        for (int g = 1; g <= 2; g++) {
            if (m.group(g) != null) {
                writers.add(new Layout.Found(m.group(g), Span.of(text, m.start(g), m.end(g))));
            }
        }
        return java.util.Optional.of(new Layout.Credit(Span.of(text, m.start(), m.end()), null, "writer", writers));
    }

    /** "Press Release" over a date: a line that names the kind of document, not who wrote it. */
    private static boolean namesADocument(Layout.Credit credit, Set<String> reportGenres) {
        return credit.writers().stream().flatMap(w -> Stream.of(w.value().toLowerCase(Locale.ROOT).split("\\s+")))
                .anyMatch(reportGenres::contains);
    }

    /** "(Reporting by Jane Doe in Amsterdam; Editing by John Roe)": wire credits of reporters and editors. */
    private static List<Layout.Credit> bylines(String text) {
        List<Layout.Credit> credits = new ArrayList<>();
        Matcher line = BYLINE.matcher(text);
        while (line.find()) {
            Matcher part = BYLINE_PART.matcher(line.group());
            while (part.find()) {
                int group = part.group(1) != null ? 1 : 3;
                String kind = part.group(group).toLowerCase(Locale.ROOT);
                String role = kind.startsWith("edit") ? "editor" : kind.startsWith("report") || kind.startsWith("additional")
                        ? "reporter" : "writer";
                List<Layout.Found> writers = new ArrayList<>();
                Matcher name = BYLINE_NAME.matcher(part.group(group + 1));
                while (name.find()) {
                    int start = line.start() + part.start(group + 1) + name.start(1);
                    writers.add(new Layout.Found(name.group(1), Span.of(text, start, start + name.group(1).length())));
                }
                credits.add(new Layout.Credit(Span.of(text, line.start(), line.end()), null, role, writers));
            }
        }
        return credits;
    }

    private static int leadingBlanks(String text, int from) {
        int i = from;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i - from;
    }

    private static int trimmedEnd(String text) {
        int end = text.length();
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }
}
