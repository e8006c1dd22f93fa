package org.homeward.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.homeward.model.Attribution;
import org.homeward.model.Entity;
import org.homeward.model.EntityType;
import org.homeward.model.Flight;
import org.homeward.model.Mention;
import org.homeward.model.Provenance;
import org.homeward.model.ReturnStatistic;

/**
 * The organisation that issues a document of its own, such as an agency's situation report or a ministry's
 * statement: the first organisation its title lines name, when no byline or agency's dateline says that a news outlet
 * wrote it, and either the title lines call the document a report, update, release or statement, or the
 * document's publisher is that organisation. Every figure the document gives without a speaker of its own is
 * the issuer's.
 */
final class Issuer {

    /** How many leading lines make the title block. */
    private static final int TITLE_LINES = 3;
    /** How many a letterhead of short lines may hold ("Office of …", a town, "PRESS RELEASE", a date). */
    private static final int LETTERHEAD_LINES = 6;
    private static final int LETTERHEAD_LINE_LENGTH = 80;

    private Issuer() {}

    /** The issuer's attribution, with the title line naming it as evidence, or empty for a news report. */
    static Optional<Attribution> of(String text, String publisher, Layout layout, EntityTable table,
            Set<String> reportGenres) {
        boolean newsDateline = layout.dateline() != null && layout.dateline().agency() != null; // not "UNHCR: …"
        if (newsDateline || !layout.credits().isEmpty()) {
            return Optional.empty();
        }
        Map<String, Entity> entities = table.entities().stream().collect(Collectors.toMap(Entity::key, Function.identity()));
        int titleEnd = titleEnd(text);
        boolean report = Tokenizer.tokenize(text, 0, titleEnd).stream().anyMatch(t -> reportGenres.contains(t.lower()));
        List<Mention> named = table.mentions().stream()
                .filter(m -> m.span().end() <= titleEnd && entities.get(m.entity()).type() == EntityType.ORGANISATION)
                .sorted((a, b) -> Integer.compare(a.span().start(), b.span().start())).toList();
        return issuing(text, named)
                .filter(m -> report || publishes(publisher, entities.get(m.entity()), m) || letterhead(text, named.get(0)))
                .map(Issuer::attribution);
    }

    /**
     * The first organisation named, or, in a letterhead whose first line names a state's government
     * ("GOVERNMENT OF RURITANIA", then "MINISTRY OF THE INTERIOR" on the next), the body on the second line,
     * which issues the document; a press office on a third line speaks for that body, so it is not chosen.
     */
    private static Optional<Mention> issuing(String text, List<Mention> named) {
        if (named.isEmpty()) {
            return Optional.empty();
        }
        Mention first = named.get(0);
        boolean government = first.span().quote().toLowerCase(Locale.ROOT).startsWith("government");
        boolean below = named.size() > 1 && wholeLine(text, first) && wholeLine(text, named.get(1))
                && text.substring(first.span().end(), named.get(1).span().start()).isBlank();
        return Optional.of(government && below ? named.get(1) : first);
    }

    /** "Office of the President of Ruritania" alone on the first line: the body whose page this is. */
    private static boolean letterhead(String text, Mention first) {
        return first.span().start() == 0 && wholeLine(text, first);
    }

    private static boolean wholeLine(String text, Mention m) {
        int start = text.lastIndexOf('\n', m.span().start() - 1) + 1;
        int end = text.indexOf('\n', m.span().end());
        return text.substring(start, end < 0 ? text.length() : end).strip().equals(m.span().quote().strip());
    }

    /** Whether the publisher is the organisation: its name holds the organisation's, or theirs holds it. */
    private static boolean publishes(String publisher, Entity organisation, Mention mention) {
        if (publisher == null) {
            return false;
        }
        String p = " " + words(publisher) + " ";
        return List.of(organisation.label(), mention.span().quote()).stream().map(Issuer::words)
                .anyMatch(name -> p.contains(" " + name + " ") || (" " + name + " ").contains(p));
    }

    private static String words(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** The figures and flights with no speaker of their own, given the issuer's. */
    static List<ReturnStatistic> attribute(List<ReturnStatistic> statistics, Attribution issuer) {
        List<ReturnStatistic> attributed = new ArrayList<>();
        for (ReturnStatistic s : statistics) {
            attributed.add(s.statedBy() != null ? s : new ReturnStatistic(s.id(), s.value(), s.qualifier(),
                    s.population(), s.kind(), s.nationality(), s.origins(), s.destinations(), s.period(),
                    issuer.speaker(), issuer.id(), s.partOf(), s.evidence(), s.provenance()));
        }
        return attributed;
    }

    /** The flights with no speaker of their own, given the issuer's. */
    static List<Flight> attributeFlights(List<Flight> flights, Attribution issuer) {
        List<Flight> attributed = new ArrayList<>();
        for (Flight f : flights) {
            attributed.add(f.statedBy() != null ? f : new Flight(f.id(), f.origins(), f.destinations(),
                    f.departurePlace(), f.arrivalPlace(), f.period(), f.passengerCount(), f.flightCount(),
                    f.population(), f.nationality(), f.organisedBy(), f.carrier(), f.aircraft(), issuer.speaker(), issuer.id(),
                    f.partOf(), f.evidence(), f.provenance()));
        }
        return attributed;
    }

    private static Attribution attribution(Mention mention) {
        return new Attribution("attribution-" + mention.span().start(), mention.entity(), "issued by", mention.span(),
                new Provenance("attribution.issuer", 0.7));
    }

    /**
     * A line of a letterhead: short, no sentence (which ends in a full stop: "…, he said in a statement."), and
     * not an item of a list of figures ("28,140 refugees returned …", "- …").
     */
    private static boolean letterheadLine(String line) {
        String item = line.strip();
        return item.isEmpty() || item.length() <= LETTERHEAD_LINE_LENGTH && !item.endsWith(".")
                && !Character.isDigit(item.charAt(0)) && "-•*".indexOf(item.charAt(0)) < 0;
    }

    /** The end of the first few non-blank lines, or of a longer letterhead. */
    private static int titleEnd(String text) {
        int lines = 0;
        int at = 0;
        while (at < text.length() && lines < LETTERHEAD_LINES) {
            int end = text.indexOf('\n', at);
            end = end < 0 ? text.length() : end;
            if (lines >= TITLE_LINES && !letterheadLine(text.substring(at, end))) {
                break;
            }
            lines += text.substring(at, end).isBlank() ? 0 : 1;
            at = end + 1;
        }
        return Math.min(at, text.length());
    }
}
