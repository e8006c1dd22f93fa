package org.homeward.extract;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.homeward.model.EntityType;
import org.homeward.model.Population;

/** Reads the noun phrase after a number to learn whether it counts people, and which. */
final class PopulationReader {

    private static final Set<String> BLOCKERS = Set.of(
            "of", "to", "from", "in", "have", "has", "had", "were", "was", "are", "is", "been", "who", "that",
            "and", "or", "years", "year", "months", "days", "percent", "per", "times", "flights", "flight", "where",
            "when", "which", "whose", "what", "while", "with", "for", "on", "at", "by", "into", "as", "than", "places",
            "sites", "camps", "towns", "cities", "villages", "houses", "homes", "schools", "buses", "trucks");
    private static final Set<String> DETERMINERS = Set.of("its", "their", "the", "our", "his", "her");
    private static final Set<String> CLOSING_QUOTES = Set.of("\"", "”", "’", "'");
    private static final Set<String> NATION_NOUNS = Set.of("country", "nation", "kingdom", "republic", "state");
    private static final Set<String> COPULAS = Set.of("were", "are", "was", "is", "being");
    private static final Set<String> CHILD_MODIFIERS = Set.of("underage", "minor", "juvenile");
    private static final Set<String> ADJECTIVE_JOINERS = Set.of("and", "or", ",", "-", "–");
    private static final int MAX_MODIFIERS = 4;

    private final Lexicons lexicons;
    /** "refugee returnees": the people are refugees, and the noun that tells what they did is the last. */
    private final Set<String> returnees;

    PopulationReader(Lexicons lexicons) {
        this.lexicons = lexicons;
        this.returnees = lexicons.returnWords(Lexicons.ReturnClass.RETURNEE);
    }

    /** The population phrase starting at token {@code from}, if the words there name people. */
    Optional<PopulationPhrase> at(List<Token> t, int from, List<EntityMatch> matches) {
        while (from < t.size() && (CLOSING_QUOTES.contains(t.get(from).text()) || t.get(from).is("more"))) {
            from++; // '"around 150" more children', "93 more of the country's citizens"
        }
        if (from + 2 < t.size() && t.get(from).is("of") && DETERMINERS.contains(t.get(from + 1).lower())) {
            from += 2; // "600 of its nationals", "11 of their citizens"
        }
        if (from + 2 < t.size() && NATION_NOUNS.contains(t.get(from).lower()) && Tokens.isPossessive(t.get(from + 1))) {
            from += 2; // "of the country's citizens"
        }
        String nationality = null;
        boolean displaced = false;
        boolean underage = false;
        boolean foreign = false;
        for (int j = from; j < t.size() && j < from + MAX_MODIFIERS + 1; j++) {
            Token token = t.get(j);
            EntityMatch country = countryAt(matches, j);
            if (country != null && (country.countryForm() == Lexicons.CountryForm.PLURAL || standsAlone(t, country))) {
                int relative = displacedRelative(t, country.to());
                Population group = displaced || relative > 0 ? Population.INTERNALLY_DISPLACED_PERSONS : Population.PEOPLE;
                return Optional.of(new PopulationPhrase(group, country.key(), j, relative > 0 ? relative : country.to()));
            }
            boolean nameAsModifier = country != null && country.countryForm() == Lexicons.CountryForm.NAME
                    && country.to() < t.size() && lexicons.populations.containsKey(t.get(country.to()).lower());
            if (country != null && (country.countryForm() == Lexicons.CountryForm.ADJECTIVE || nameAsModifier)) {
                nationality = country.key();
                j = country.to() - 1;
                continue;
            }
            String noun = token.lower();
            String slug = lexicons.populations.get(noun);
            if (slug != null) {
                int head = j + 1 < t.size() && returnees.contains(t.get(j + 1).lower()) ? j + 1 : j;
                PopulationPhrase phrase = phrase(t, head, slug, nationality, displaced, underage, matches);
                return Optional.of(foreign || ofOtherCountries(t, phrase.end()) ? asForeigners(phrase) : phrase);
            }
            if (!token.isWord() && !token.text().equals("-") || BLOCKERS.contains(noun) || country != null
                    || NumberReader.startsNumber(t, j)) { // "Oct 10 - Forty Xlanders": the people are the forty
                return Optional.empty();
            }
            displaced |= noun.equals("displaced");
            foreign |= noun.equals("foreign");
            underage |= CHILD_MODIFIERS.contains(noun);
        }
        return Optional.empty();
    }

    /** "94 foreign nationals", "28 citizens of other countries": people of no one country, not a state's citizens. */
    private static PopulationPhrase asForeigners(PopulationPhrase p) {
        return p.ownState() ? new PopulationPhrase(Population.PEOPLE, null, p.head(), p.end(), PopulationPhrase.Allegiance.FOREIGN)
                : new PopulationPhrase(p.population(), p.nationality(), p.head(), p.end(), PopulationPhrase.Allegiance.FOREIGN);
    }

    private static boolean ofOtherCountries(List<Token> t, int end) {
        return end + 1 < t.size() && t.get(end).is("of") && t.get(end + 1).is("other");
    }

    /** "the number evacuated by Poland": people not named, counted by what the verb at {@code at} says befell them. */
    Optional<PopulationPhrase> unnamed(List<Token> t, int at) {
        return at > 0 && at < t.size() && lexicons.verbs.containsKey(t.get(at).lower())
                ? Optional.of(new PopulationPhrase(Population.PEOPLE, null, at - 1, at))
                : Optional.empty();
    }

    /**
     * "9,000 Senegalese have gone home", "700 Lebanese who had sought safety": a nationality adjective that
     * is its own plural, followed by no noun it could modify.
     */
    private boolean standsAlone(List<Token> t, EntityMatch country) {
        if (country.countryForm() != Lexicons.CountryForm.ADJECTIVE) {
            return false;
        }
        int next = country.to();
        if (next >= t.size()) {
            return true;
        }
        String word = t.get(next).lower(); // not "23 Lebanese and international NGOs"; "Senegalese brought back"
        if (ADJECTIVE_JOINERS.contains(word)) { // but "47 Vietnamese, 31 Indonesians": the next item is a number
            return next + 1 < t.size() && NumberReader.startsNumber(t, next + 1);
        }
        return !t.get(next).isWord() || BLOCKERS.contains(word) || lexicons.verbs.containsKey(word);
    }

    private PopulationPhrase phrase(List<Token> t, int head, String slug, String nationality, boolean displaced,
            boolean underage, List<EntityMatch> matches) {
        Population population = Population.ofSlug(slug);
        if (displaced && (population == Population.PEOPLE || population == Population.CITIZENS)) {
            population = Population.INTERNALLY_DISPLACED_PERSONS;
        }
        if (underage && (population == Population.CITIZENS || population == Population.PEOPLE)) {
            population = Population.CHILDREN;
        }
        int end = head + 1;
        if (displacedRelative(t, end) > 0) {
            end = displacedRelative(t, end); // "Yemenis who had been displaced by the conflict"
            if (population == Population.PEOPLE || population == Population.CITIZENS) {
                population = Population.INTERNALLY_DISPLACED_PERSONS;
            }
        }
        String ofCountry = ofCountry(t, end, matches);
        if (nationality == null && ofCountry != null) {
            nationality = ofCountry;
            end = countryEnd(t, end, matches);
        }
        boolean own = population == Population.CITIZENS || lexicons.citizenshipNouns.contains(t.get(head).lower());
        return new PopulationPhrase(population, nationality, head, end,
                own ? PopulationPhrase.Allegiance.OWN : PopulationPhrase.Allegiance.UNSAID);
    }

    /**
     * "74 were children", "Thirty of the returnees were women", "seven are orphans": a number whose people are
     * named after a copula, as in the composition of a group already counted.
     */
    Optional<PopulationPhrase> afterCopula(List<Token> t, int from, List<EntityMatch> matches) {
        int j = from;
        String groupNationality = null;
        if (j + 1 < t.size() && t.get(j).is("of")) {
            int group = j + 1;
            j = t.get(group).is("them") ? group + 1 : skipNounPhrase(t, group);
            groupNationality = nationalityWithin(matches, group, j);
        }
        if (j >= t.size() || !COPULAS.contains(t.get(j).lower())) {
            return Optional.empty();
        }
        String nationality = groupNationality;
        return at(t, j + 1, matches).map(p -> p.nationality() != null || nationality == null ? p
                : new PopulationPhrase(p.population(), nationality, p.head(), p.end(), p.allegiance()));
    }

    private static String nationalityWithin(List<EntityMatch> matches, int from, int to) {
        for (EntityMatch m : matches) {
            if (m.type() == EntityType.COUNTRY && m.from() >= from && m.to() <= to) {
                return m.key();
            }
        }
        return null;
    }

    private static int skipNounPhrase(List<Token> t, int from) {
        int j = from;
        while (j < t.size() && j < from + 4 && t.get(j).isWord() && !COPULAS.contains(t.get(j).lower())) {
            j++;
        }
        return j;
    }

    /** After "who had been displaced (by the war)": the index past it, or -1. */
    private static int displacedRelative(List<Token> t, int from) {
        if (from >= t.size() || !(t.get(from).is("who") || t.get(from).is("that"))) {
            return -1;
        }
        for (int j = from + 1; j < t.size() && j <= from + 3; j++) {
            if (t.get(j).is("displaced")) {
                int end = j + 1;
                if (end + 2 < t.size() && t.get(end).is("by") && t.get(end + 1).is("the")) {
                    end += 3;
                }
                return end;
            }
        }
        return -1;
    }

    /** "citizens of the Kyrgyz Republic", "children of Tajik nationality". */
    private static String ofCountry(List<Token> t, int j, List<EntityMatch> matches) {
        if (j >= t.size() || !t.get(j).is("of")) {
            return null;
        }
        int k = j + 1 < t.size() && t.get(j + 1).is("the") ? j + 2 : j + 1;
        EntityMatch country = countryAt(matches, k);
        if (country == null) {
            return null;
        }
        boolean nameForm = country.countryForm() == Lexicons.CountryForm.NAME;
        boolean nationalityWord = country.to() < t.size() && t.get(country.to()).is("nationality");
        return nameForm || nationalityWord ? country.key() : null;
    }

    private static int countryEnd(List<Token> t, int j, List<EntityMatch> matches) {
        int k = j + 1 < t.size() && t.get(j + 1).is("the") ? j + 2 : j + 1;
        EntityMatch country = countryAt(matches, k);
        int end = country.to();
        return end < t.size() && t.get(end).is("nationality") ? end + 1 : end;
    }

    static EntityMatch countryAt(List<EntityMatch> matches, int j) {
        for (EntityMatch m : matches) {
            if (m.type() == EntityType.COUNTRY && m.covers(j)) {
                return m;
            }
        }
        return null;
    }
}
