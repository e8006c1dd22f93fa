package org.homeward.corpus;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What a news page prints around the story: datelines, credit lines, share buttons, link lists, appeals. */
final class Furniture {

    /** A share button's label, alone on its line. */
    static final String SHARE = "Share this article";
    /** An advertisement's label, alone on its line. */
    static final String ADVERTISEMENT = "Advertisement";

    private static final List<String> DASHES = List.of("-", "—");
    private static final List<String> STAFF_ROLES = List.of("correspondent", "writer", "reporter");

    private Furniture() {}

    /** "ALMATY, March 3 (Reuters) - " or "OSLO, March 3. /NTB/. ", in the outlet's style; empty if it has none. */
    static String dateline(Cast cast, Dice dice) {
        Publisher publisher = cast.publisher();
        String city = cast.homeCity().toUpperCase(Locale.ROOT);
        String day = Dates.monthDay(cast.published());
        return switch (publisher.dateline()) {
            case PAREN -> city + ", " + day + " (" + publisher.tag() + ") " + dice.pick(DASHES) + " ";
            case SLASH -> city + ", " + day + ". /" + publisher.tag() + "/. ";
            case NONE -> "";
        };
    }

    /** The credit line in the outlet's style, if it prints one. */
    static Optional<String> credit(Cast cast, Vocabulary vocabulary, Dice dice) {
        Person reporter = vocabulary.names(cast.home().region()).person(dice);
        Person editor = vocabulary.names(cast.origin().region()).person(dice);
        String outlet = cast.publisher().name().replaceFirst("^The ", "");
        return switch (cast.publisher().credit()) {
            case WIRE -> Optional.of("(Reporting by " + reporter.name() + " in " + cast.homeCity() + "; Editing by "
                    + editor.name() + ")");
            case STAFF -> Optional.of(outlet + " " + dice.pick(STAFF_ROLES) + " " + reporter.name() + " in "
                    + cast.originCity() + " contributed to this report.");
            case NONE -> Optional.empty();
        };
    }

    /** A "Related:" header over a few links, one per line. */
    static String related(TemplateFiller filler, Dice dice) {
        StringBuilder links = new StringBuilder("Related:");
        for (int i = dice.between(2, 3); i > 0; i--) {
            links.append('\n').append(filler.sentence("related"));
        }
        return links.toString();
    }

    /** An appeal for donations: a header line, then a paragraph. */
    static String appeal(TemplateFiller filler) {
        return filler.sentence("appeal.opener") + "\n\n" + filler.sentence("appeal.body");
    }
}
