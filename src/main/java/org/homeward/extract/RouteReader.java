package org.homeward.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.homeward.model.EntityType;

/**
 * Reads where people go from and to within a stretch of a sentence: "from Libya and Niger", "from conflict
 * zones in Sudan", "to Nairobi", "back to Kosovo", and "home", "their homeland", "the country", which stand
 * for the people's own country.
 */
final class RouteReader {

    /** With the lexicon's clause-end verbs ("said"), the words a list of origins ends at. */
    private static final Set<String> ORIGIN_STOPS = Set.of(
            "to", "since", "on", "after", "during", "over", "under", "by", "last", "this", "according", "who",
            "which", "where", "because", ";", ".", ":", "\"", "“", "”", "(");
    private static final Set<String> PARTICIPLES = Set.of(
            "stranded", "held", "living", "detained", "trapped", "stuck", "sheltering", "staying", "housed", "based",
            "remaining", "still");
    private static final Set<String> AUXILIARIES = Set.of("had", "have", "has", "been", "being", "were", "was", "are", "is");
    private static final Set<String> RELATIVES = Set.of("who", "which", "that", "whom");
    /** What stands before the place a plane landed at: "in Kabul", "outside Paris", "on the outskirts of Rome". */
    private static final Set<String> LANDING_PREPOSITIONS = Set.of("in", "at", "outside", "near", "of");
    /** "north-eastern Syria", "northern Iraq": a part of a country, still that country. */
    private static final Pattern COMPASS = Pattern.compile(
            "(?i)(north|south)(-?(east|west))?(ern)?|(east|west)(ern)?|central");
    private static final Set<String> FACILITIES = Set.of(
            "camps", "camp", "prisons", "prison", "orphanages", "orphanage", "jails", "detention", "centres", "centers");
    private static final Set<String> AUTHORITIES = Set.of(
            "authorities", "officials", "government", "custody", "forces", "counterparts");
    private static final int ORIGIN_REACH = 9;
    private static final int LEAD_WORDS = 4;
    private static final Set<String> LIST_JOINERS = Set.of(",", "and", "or", "&");

    private final Set<String> clauseEndVerbs;
    private final Set<String> homeWords;

    RouteReader(Lexicons lexicons) {
        this.clauseEndVerbs = lexicons.speechVerbs(Lexicons.SpeechClass.CLAUSE_END);
        this.homeWords = lexicons.returnWords(Lexicons.ReturnClass.HOME);
    }

    /** The keys of the places after each "from" between the token indices. */
    List<String> origins(List<Token> t, int from, int to, List<EntityMatch> matches) {
        Set<String> found = new LinkedHashSet<>();
        for (int j = from; j < to; j++) {
            if (t.get(j).is("from") || (t.get(j).is("of") && j > 0 && t.get(j - 1).is("out"))) {
                found.addAll(placesAfter(t, j + 1, Math.min(to, j + 1 + ORIGIN_REACH), matches));
            }
        }
        return new ArrayList<>(found);
    }

    /** Whether the people come "from abroad". */
    static boolean fromAbroad(List<Token> t, int from, int to) {
        for (int j = from; j + 1 < to; j++) {
            if (t.get(j).is("from") && t.get(j + 1).is("abroad")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "80 children in Chad", "migrants stranded in Libya", "children in Syrian camps": where the people are
     * before they return, named right after the phrase.
     */
    static List<String> presentLocation(List<Token> t, int phraseEnd, List<EntityMatch> matches) {
        int j = phraseEnd;
        if (j < t.size() && (t.get(j).is("who") || t.get(j).is("that"))) {
            j++; // "children who had been living in Iraqi prisons"
            while (j < t.size() && AUXILIARIES.contains(t.get(j).lower())) {
                j++;
            }
        }
        if (j < t.size() && PARTICIPLES.contains(t.get(j).lower())) {
            j++;
        }
        if (j + 1 >= t.size() || !(t.get(j).is("in") || t.get(j).is("at"))) {
            return List.of();
        }
        j = t.get(j + 1).is("the") ? j + 2 : j + 1;
        while (j < t.size() && FACILITIES.contains(t.get(j).lower())) {
            j += j + 1 < t.size() && t.get(j + 1).is("in") ? 2 : 1;
        }
        if (j < t.size() && COMPASS.matcher(t.get(j).text()).matches()) {
            j++;
        }
        EntityMatch place = j < t.size() ? place(matches, j) : null;
        if (place == null && j < t.size()) {
            place = countryOfFacility(t, j, matches);
        }
        return place == null ? List.of() : List.of(place.key());
    }

    /** "Syrian camps", "Iraqi prisons": the country whose adjective at token {@code j} places a facility. */
    private static EntityMatch countryOfFacility(List<Token> t, int j, List<EntityMatch> matches) {
        EntityMatch adjective = PopulationReader.countryAt(matches, j);
        boolean facility = adjective != null && adjective.to() < t.size()
                && FACILITIES.contains(t.get(adjective.to()).lower());
        return facility ? adjective : null;
    }

    /** The keys of the places named right after "to" between the token indices. */
    static List<String> destinations(List<Token> t, int from, int to, List<EntityMatch> matches) {
        Set<String> found = new LinkedHashSet<>();
        for (int j = from; j + 1 < to; j++) {
            if (t.get(j).is("to") || t.get(j).is("into")) {
                int k = t.get(j + 1).is("the") ? j + 2 : j + 1;
                EntityMatch place = k < to ? place(matches, k) : null;
                if (place != null && place.from() >= j + 1) { // "to the Netherlands" may name the article with it
                    found.add(place.key());
                } else if (k < to) {
                    authorities(t, k, matches).ifPresent(found::add);
                }
            }
        }
        return new ArrayList<>(found);
    }

    /** "landed in Aktau", "landed at the airbase outside Paris": where a flight came down. */
    static List<String> landingPlace(List<Token> t, int verb, List<EntityMatch> matches) {
        for (int j = verb + 1; j < t.size() && j <= verb + 8; j++) {
            EntityMatch place = place(matches, j);
            boolean outOf = j > 1 && t.get(j - 1).is("of") && t.get(j - 2).is("out"); // "flew 163 people out of Israel"
            if (place != null && !outOf && LANDING_PREPOSITIONS.contains(t.get(j - 1).lower())) {
                return List.of(place.key());
            }
            if (t.get(j).is(",") || t.get(j).is(".") || RELATIVES.contains(t.get(j).lower())) {
                break; // "carrying 140 migrants who had been stranded in Libya": where they were, not where it landed
            }
        }
        return List.of();
    }

    /** "to Iraqi authorities": a hand-over to a country's officials, whose country is the destination. */
    private static java.util.Optional<String> authorities(List<Token> t, int k, List<EntityMatch> matches) {
        EntityMatch country = PopulationReader.countryAt(matches, k);
        boolean officials = country != null && country.from() == k && country.to() < t.size()
                && AUTHORITIES.contains(t.get(country.to()).lower());
        return officials ? java.util.Optional.of(country.key()) : java.util.Optional.empty();
    }

    /** "to their homes in Ukraine", "home to Tigray": the place named with the people's homes. */
    List<String> homePlace(List<Token> t, int from, int to, List<EntityMatch> matches) {
        for (int j = from; j + 2 < to; j++) {
            if (homeWords.contains(t.get(j).lower()) && (t.get(j + 1).is("in") || t.get(j + 1).is("to"))) {
                int k = t.get(j + 2).is("the") ? j + 3 : j + 2;
                for (int n = k; n < to && n < k + 8; n++) {
                    EntityMatch place = place(matches, n);
                    if (place != null) {
                        return List.of(place.key());
                    }
                }
            }
        }
        return List.of();
    }

    /** Whether the text says the people go home: "home", "to their homeland", "to the country". */
    boolean home(List<Token> t, int from, int to) {
        for (int j = from; j < to; j++) {
            String w = t.get(j).lower();
            boolean country = w.equals("country") && j > 0 && (t.get(j - 1).is("the") || t.get(j - 1).is("their")
                    || t.get(j - 1).is("own")) && j > 1 && (t.get(j - 2).is("to") || t.get(j - 2).is("their"));
            if (homeWords.contains(w) || country) {
                return true;
            }
        }
        return false;
    }

    /**
     * The places of a "from" phrase: a few words may lead to the first ("from camps in northeast Syria"),
     * then only a list continues it ("Libya and Niger", "Chad, Sudan").
     */
    private List<String> placesAfter(List<Token> t, int from, int to, List<EntityMatch> matches) {
        List<String> keys = new ArrayList<>();
        int gap = 0;
        for (int j = from; j < to; j++) {
            if (ORIGIN_STOPS.contains(t.get(j).lower()) || clauseEndVerbs.contains(t.get(j).lower())) {
                break;
            }
            EntityMatch place = place(matches, j);
            place = place != null ? place : countryOfFacility(t, j, matches); // "from Syrian camps"
            if (place != null) {
                keys.add(place.key());
                j = place.to() - 1;
                gap = 0;
            } else if (keys.isEmpty() && COMPASS.matcher(t.get(j).text()).matches()) {
                continue; // "from a detention camp in north-east Syria": the part of the country leads to it
            } else if (keys.isEmpty() ? ++gap > LEAD_WORDS : !LIST_JOINERS.contains(t.get(j).lower()) || ++gap > 1) {
                break;
            }
        }
        return keys;
    }

    /** A country named by its name, or a known place, at token {@code j}. */
    static EntityMatch place(List<EntityMatch> matches, int j) {
        for (EntityMatch m : matches) {
            boolean countryName = m.type() == EntityType.COUNTRY && m.countryForm() == Lexicons.CountryForm.NAME;
            if (m.covers(j) && (countryName || m.type() == EntityType.PLACE)) {
                return m;
            }
        }
        return null;
    }
}
