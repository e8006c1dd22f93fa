package org.homeward.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.homeward.model.EntityType;

/**
 * Reads where people go from and to within a stretch of a sentence: "from Syria and Iraq", "from conflict
 * zones in Syria", "to Moscow", "back to Kosovo", and "home", "their homeland", "the country", which stand
 * for the people's own country.
 */
final class RouteReader {

    private static final Set<String> ORIGIN_STOPS = Set.of(
            "to", "since", "on", "after", "during", "over", "under", "by", "last", "this", "said", "says",
            "according", "who", "which", "where", "because", ";", ".", ":", "\"", "“", "”", "(");
    private static final Set<String> HOME_WORDS = Set.of("home", "homeland", "homes", "homelands");
    private static final int ORIGIN_REACH = 9;

    private RouteReader() {}

    /** The keys of the places after each "from" between the token indices. */
    static List<String> origins(List<Token> t, int from, int to, List<EntityMatch> matches) {
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

    /** "123 children in Iraq": the place right after the phrase where the people are now. */
    static List<String> presentLocation(List<Token> t, int phraseEnd, List<EntityMatch> matches) {
        if (phraseEnd + 1 >= t.size() || !t.get(phraseEnd).is("in")) {
            return List.of();
        }
        EntityMatch place = place(matches, phraseEnd + 1);
        return place == null ? List.of() : List.of(place.key());
    }

    /** The keys of the places named right after "to" between the token indices. */
    static List<String> destinations(List<Token> t, int from, int to, List<EntityMatch> matches) {
        Set<String> found = new LinkedHashSet<>();
        for (int j = from; j + 1 < to; j++) {
            if (t.get(j).is("to") || t.get(j).is("into")) {
                int k = t.get(j + 1).is("the") ? j + 2 : j + 1;
                EntityMatch place = k < to ? place(matches, k) : null;
                if (place != null && place.from() == k) {
                    found.add(place.key());
                }
            }
        }
        return new ArrayList<>(found);
    }

    /** Whether the text says the people go home: "home", "to their homeland", "to the country". */
    static boolean home(List<Token> t, int from, int to) {
        for (int j = from; j < to; j++) {
            String w = t.get(j).lower();
            boolean country = w.equals("country") && j > 0 && (t.get(j - 1).is("the") || t.get(j - 1).is("their")
                    || t.get(j - 1).is("own")) && j > 1 && (t.get(j - 2).is("to") || t.get(j - 2).is("their"));
            if (HOME_WORDS.contains(w) || country) {
                return true;
            }
        }
        return false;
    }

    private static List<String> placesAfter(List<Token> t, int from, int to, List<EntityMatch> matches) {
        List<String> keys = new ArrayList<>();
        for (int j = from; j < to; j++) {
            if (ORIGIN_STOPS.contains(t.get(j).lower())) {
                break;
            }
            EntityMatch place = place(matches, j);
            if (place != null) {
                keys.add(place.key());
                j = place.to() - 1;
            } else if (t.get(j).is(",") && (j + 1 >= to || place(matches, j + 1) == null)) {
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
