package org.homeward.extract;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.homeward.model.EntityType;

/**
 * Reads a person's title: where it starts and ends around a role noun, and what it holds — the country
 * whose office it is ("Tajik", "Ruritania's"), the organisation ("Defense Ministry"), the job title.
 */
final class TitleReader {

    /** What a title says of a person; any part may be unknown (null). */
    record Parsed(String jobTitle, String organisation, String country) {
        static final Parsed NONE = new Parsed(null, null, null);
    }

    /** With the lexicon's clause-end verbs, capitalised words that do not begin a title. */
    private static final Set<String> STOPS = Set.of(
            "the", "a", "an", "and", "or", "with", "by", "from", "in", "on", "at", "to", "for", "of", "as", "that",
            "who", "which", "while", "when");
    private static final Set<String> COMPLEMENT_STARTS = Set.of("to", "for", "of", "at", "on");
    /** With the lexicon's clause-end verbs, words that end the complement of a title ("ambassador to X"). */
    private static final Set<String> COMPLEMENT_ENDS = Set.of("who", "which", "and");

    private final Lexicons lexicons;
    private final Set<String> clauseEndVerbs;

    TitleReader(Lexicons lexicons) {
        this.lexicons = lexicons;
        this.clauseEndVerbs = lexicons.speechVerbs(Lexicons.SpeechClass.CLAUSE_END);
    }

    /** The first token of the title whose role noun starts at {@code role}. */
    int leftEdge(List<Token> t, int role, List<EntityMatch> taken) {
        int from = role;
        while (from > 0) {
            Token prev = t.get(from - 1);
            boolean stop = STOPS.contains(prev.lower()) || clauseEndVerbs.contains(prev.lower());
            boolean partOfTitle = (prev.isCapitalised() && prev.isWord() && !stop)
                    || Tokens.isPossessive(prev) || coveredByPlaceOrOrg(taken, from - 1);
            if (!partOfTitle) {
                break;
            }
            from--;
        }
        return from;
    }

    /** After "Jane Doe, the": where a title such as "Ruritanian ambassador to Freedonia" ends, or -1. */
    int apposedTitleEnd(List<Token> t, int from) {
        int role = -1;
        for (int j = from; j < t.size() && j < from + 5 && role < 0; j++) {
            if (lexicons.roles.contains(t.get(j).lower())) {
                role = j;
            } else if (!t.get(j).isWord() && !Tokens.isPossessive(t.get(j)) && !t.get(j).text().contains(".")) {
                return -1;
            }
        }
        if (role < 0) {
            return -1;
        }
        int end = role + 1;
        while (end < t.size() && lexicons.roles.contains(Tokens.lowerPhrase(t, role, end + 1))) {
            end++;
        }
        if (end + 1 < t.size() && COMPLEMENT_STARTS.contains(t.get(end).lower())) {
            int j = end + 1;
            while (j < t.size() && j < end + 6 && (t.get(j).isWord() || Tokens.isPossessive(t.get(j))
                    || t.get(j).text().contains("."))
                    && !COMPLEMENT_ENDS.contains(t.get(j).lower()) && !clauseEndVerbs.contains(t.get(j).lower())) {
                j++;
            }
            end = j;
        }
        return end;
    }

    /** Splits the title tokens into country, organisation and job title. */
    Parsed parse(List<Token> t, int from, int to, List<EntityMatch> taken, EntityTable entities) {
        String country = null;
        String organisation = null;
        int rest = from;
        Optional<Gazetteer.Match<Lexicons.CountryName>> c = lexicons.countries.matchAt(t, from);
        if (c.isPresent() && c.get().to() < to) {
            country = entities.country(c.get().value().iso2());
        }
        Optional<EntityMatch> org = taken.stream()
                .filter(m -> m.type() == EntityType.ORGANISATION && m.from() >= from && m.to() < to)
                .findFirst();
        if (org.isPresent() && org.get().from() <= from + 2) {
            organisation = org.get().key();
            rest = org.get().to();
        } else if (country != null) {
            rest = c.get().to() + (Tokens.isPossessive(t.get(c.get().to())) ? 1 : 0);
        }
        String jobTitle = rest < to ? Tokens.text(t, rest, to) : null;
        return new Parsed(jobTitle, organisation, country);
    }

    private static boolean coveredByPlaceOrOrg(List<EntityMatch> taken, int i) {
        return taken.stream().anyMatch(m -> m.covers(i) && m.type() != EntityType.PERSON);
    }

}
