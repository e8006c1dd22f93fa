package org.homeward.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.homeward.model.EntityType;

/**
 * Finds organisations: well-known names and acronyms, capitalised names ending in an organisation word
 * ("Defense Ministry", "Ministry of Health", "Red Cross"), a nationality before "government", and outlets
 * introduced as "the X news website".
 */
final class OrganisationFinder {

    private static final Set<String> JOINERS = Set.of("of", "for", "de");
    private static final Set<String> LOWER_CASE_HEADS = Set.of(
            "directorate", "ministry", "agency", "commission", "committee", "council", "department", "authority",
            "bureau", "administration", "organisation", "organization", "foundation", "institute");
    private static final Set<String> FACILITIES = Set.of(
            "airport", "airbase", "hospital", "station", "port", "camp", "school", "university", "stadium");
    private static final Set<String> OUTLET_WORDS = Set.of(
            "news", "website", "agency", "newspaper", "daily", "broadcaster", "channel", "outlet", "portal");

    private final Lexicons lexicons;

    OrganisationFinder(Lexicons lexicons) {
        this.lexicons = lexicons;
    }

    /** The organisations named in the sentence, recorded in the table. */
    List<EntityMatch> find(Sentence sentence, EntityTable table) {
        List<Token> t = sentence.tokens();
        List<EntityMatch> found = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            int at = i;
            Optional<EntityMatch> match = known(t, at, table)
                    .or(() -> named(t, at, table))
                    .or(() -> government(t, at, table))
                    .or(() -> outlet(t, at, table));
            if (match.isPresent()) {
                found.add(match.get());
                i = match.get().to() - 1;
            }
        }
        return found;
    }

    private Optional<EntityMatch> known(List<Token> t, int i, EntityTable table) {
        return lexicons.organisations.matchAt(t, i).map(m -> {
            String key = table.organisation(Slugs.of(m.value()), m.value());
            return new EntityMatch(m.from(), m.to(), key, EntityType.ORGANISATION, null);
        });
    }

    private Optional<EntityMatch> named(List<Token> t, int i, EntityTable table) {
        if (!t.get(i).isCapitalised() || (i > 0 && t.get(i - 1).isCapitalised() && t.get(i - 1).isWord())) {
            return Optional.empty();
        }
        int end = -1;
        for (int j = i; j < t.size() && j < i + 8; j++) {
            Token tok = t.get(j);
            if (tok.isCapitalised() && tok.isWord() && lexicons.organisationHeads.contains(tok.lower())) {
                end = j + 1;
                break;
            } else if (!(tok.isCapitalised() && tok.isWord()) && !(JOINERS.contains(tok.lower()) && j > i)
                    && !Tokens.isPossessive(tok)) {
                break;
            }
        }
        if (end < 0) {
            end = lowerCaseHead(t, i);
        }
        end = extendOfPhrase(t, end);
        if (end < 0 || end - i < 2 || isCountryName(t, i, end) || namesAFacility(t, end)) {
            return Optional.empty();
        }
        return Optional.of(record(t, i, end, table));
    }

    /** "General Security directorate": a capitalised name whose organisation word is written in lower case. */
    private int lowerCaseHead(List<Token> t, int i) {
        int j = i;
        while (j < t.size() && Tokens.isCapitalisedWord(t.get(j))) {
            j++;
        }
        boolean named = j - i >= 2 || (j > i && !t.get(i).is("the") && lexicons.countries.matchAt(t, i).isEmpty());
        boolean head = j < t.size() && LOWER_CASE_HEADS.contains(t.get(j).lower()) && t.get(j).text().equals(t.get(j).lower());
        return named && head && !isCountryName(t, i, j) ? j + 1 : -1;
    }

    /** "Ministry of Health": the head may come first, its domain after "of"/"for". */
    private static int extendOfPhrase(List<Token> t, int end) {
        if (end < 0 || end + 1 >= t.size() || !(t.get(end).is("of") || t.get(end).is("for"))) {
            return end;
        }
        int j = end + 1;
        while (j < t.size() && (Tokens.isCapitalisedWord(t.get(j))
                || t.get(j).is("and") && j + 1 < t.size() && Tokens.isCapitalisedWord(t.get(j + 1)) && j > end + 1)) {
            j++; // "Ministry of Migration and Displacement"
        }
        return j > end + 1 && t.get(end - 1).isCapitalised() ? j : end;
    }

    /** "Murtala Muhammed International Airport": an organisation word inside the name of a facility. */
    private static boolean namesAFacility(List<Token> t, int end) {
        return end < t.size() && FACILITIES.contains(t.get(end).lower());
    }

    /** "Russian Federation" ends in an organisation word but names a country. */
    private boolean isCountryName(List<Token> t, int from, int to) {
        int start = t.get(from).is("the") ? from + 1 : from;
        return lexicons.countries.matchAt(t, start).filter(m -> m.to() == to).isPresent();
    }

    private Optional<EntityMatch> government(List<Token> t, int i, EntityTable table) {
        if (i + 1 >= t.size() || !t.get(i + 1).is("government")) {
            return Optional.empty();
        }
        return lexicons.countries.matchAt(t, i)
                .filter(m -> m.to() == i + 1 && m.value().form() == Lexicons.CountryForm.ADJECTIVE)
                .map(m -> record(t, i, i + 2, table));
    }

    private Optional<EntityMatch> outlet(List<Token> t, int i, EntityTable table) {
        boolean introduced = i > 0 && t.get(i - 1).is("the") && i + 1 < t.size()
                && OUTLET_WORDS.contains(t.get(i + 1).lower());
        if (!introduced || !t.get(i).isCapitalised() || lexicons.countries.matchAt(t, i).isPresent()) {
            return Optional.empty();
        }
        String name = t.get(i).text();
        return Optional.of(new EntityMatch(i, i + 1, table.organisation(Slugs.of(name), name),
                EntityType.ORGANISATION, null));
    }

    /**
     * Records the organisation spanning the tokens. A leading nationality or country's possessive becomes
     * part of its identity as a country code, so "Russian Defense Ministry" and "Russia's Defense Ministry"
     * are one organisation.
     */
    private EntityMatch record(List<Token> t, int from, int to, EntityTable table) {
        int labelFrom = t.get(from).is("the") ? from + 1 : from;
        String label = Tokens.text(t, labelFrom, to);
        String slug = Slugs.of(label);
        Optional<Gazetteer.Match<Lexicons.CountryName>> country = lexicons.countries.matchAt(t, labelFrom);
        if (country.isPresent() && country.get().to() < to) {
            int rest = country.get().to() + (Tokens.isPossessive(t.get(country.get().to())) ? 1 : 0);
            slug = country.get().value().iso2().toLowerCase(java.util.Locale.ROOT) + "-" + Slugs.of(Tokens.text(t, rest, to));
        }
        return new EntityMatch(from, to, table.organisation(slug, label), EntityType.ORGANISATION, null);
    }
}
