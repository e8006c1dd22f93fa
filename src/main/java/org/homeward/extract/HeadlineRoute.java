package org.homeward.extract;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.homeward.model.EntityType;

/**
 * The journey a headline gives its story: "Forced returns from Pakistan surge", "Evacuees flown out of Beirut
 * land in Lisbon". Figures whose route neither their own sentences nor the rest of the document completes made
 * that journey ({@link PrevailingRoute}).
 *
 * @param origin the one country the headline says its people left, if it says one
 * @param destination the one country the headline says its people reached, if it says one
 */
record HeadlineRoute(Optional<String> origin, Optional<String> destination) {

    /** A document without a headline, or whose headline names no journey. */
    static final HeadlineRoute NONE = new HeadlineRoute(Optional.empty(), Optional.empty());

    private static final Set<String> MOVED_CLASSES = Set.of("returned", "repatriated", "evacuated", "transferred",
            "resettled", "flown", "bring", "motion");

    /**
     * The route of a headline that tells of people moving (a return verb or noun of the lexicons): the one
     * country after its "from" or "out of", the one after its "to" or "into", each named or by one of its places.
     */
    static HeadlineRoute read(Sentence headline, List<EntityMatch> matches, Lexicons lexicons, EntityTable table) {
        List<Token> t = headline.tokens();
        Set<String> returnWords = lexicons.returnWords(Lexicons.ReturnClass.RETURNEE, Lexicons.ReturnClass.RETURNS,
                Lexicons.ReturnClass.HOME);
        if (t.stream().map(Token::lower).noneMatch(word -> MOVED_CLASSES.contains(lexicons.verbs.getOrDefault(word, ""))
                || EventReader.isEventNoun(word) || returnWords.contains(word))) {
            return NONE;
        }
        List<String> origins = new RouteReader(lexicons).origins(t, 0, t.size(), matches);
        List<String> destinations = RouteReader.destinations(t, 0, t.size(), matches);
        return new HeadlineRoute(onlyCountry(origins, table), onlyCountry(destinations, table));
    }

    /** The country of the keys, when they name places of one country only. */
    private static Optional<String> onlyCountry(List<String> keys, EntityTable table) {
        Set<String> countries = new LinkedHashSet<>();
        for (String key : keys) {
            table.get(key).ifPresent(e -> countries.add(e.type() == EntityType.COUNTRY ? e.key()
                    : e.country() == null ? key : table.country(e.country())));
        }
        return countries.size() == 1 && countries.iterator().next().startsWith("country/")
                ? Optional.of(countries.iterator().next()) : Optional.empty();
    }
}
