package org.homeward.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.homeward.model.EntityType;

/**
 * Finds organisations: well-known names and acronyms, capitalised names ending in an organisation word
 * ("Interior Ministry", "Ministry of Labour", "Red Cross"), a nationality before "government", and outlets
 * introduced as "the X news website".
 */
final class OrganisationFinder {

    private static final Set<String> JOINERS = Set.of("of", "for", "de");
    private static final Set<String> LOWER_CASE_HEADS = Set.of(
            "directorate", "ministry", "agency", "commission", "committee", "council", "department", "authority",
            "bureau", "administration", "organisation", "organization", "foundation", "institute", "embassy",
            "consulate");
    private static final Set<String> FACILITIES = Set.of(
            "airport", "airbase", "hospital", "station", "port", "camp", "school", "university", "stadium");
    /** Outlets whose name includes its article: "The New York Times", "The Guardian". */
    private static final Set<String> OUTLET_HEADS = Set.of("times", "post", "guardian", "telegraph", "independent",
            "economist", "herald", "tribune", "gazette", "journal", "news");
    private static final Set<String> ARTICLES = Set.of("The", "A", "An", "This", "That", "These", "Those", "Its", "Their");
    /** With the lexicon's clause-end verbs ("said"), the words that never modify or complete a lower-case head. */
    private static final Set<String> STOPWORDS = Set.of(
            "the", "a", "an", "that", "which", "who", "has", "have", "had", "was", "were", "is", "are", "in", "on",
            "at", "for", "to", "from", "by", "with", "its", "their", "his", "her", "and", "or", "of");
    private static final Set<String> OUTLET_WORDS = Set.of(
            "news", "website", "agency", "newspaper", "daily", "broadcaster", "channel", "outlet", "portal", "network");

    private final Lexicons lexicons;
    private final Supplier<NameTagger> names;
    private final Set<String> clauseEndVerbs;
    private final Set<String> reportingVerbs;

    /** A finder with these lexicons; {@code names} is asked for only when a source is a name no rule reads. */
    OrganisationFinder(Lexicons lexicons, Supplier<NameTagger> names) {
        this.lexicons = lexicons;
        this.names = names;
        this.clauseEndVerbs = lexicons.speechVerbs(Lexicons.SpeechClass.CLAUSE_END);
        this.reportingVerbs = lexicons.speechVerbs(Lexicons.SpeechClass.CUE, Lexicons.SpeechClass.MAIN_CLAUSE_CUE);
    }

    /** The organisations named in the sentence, recorded in the table. */
    List<EntityMatch> find(Sentence sentence, EntityTable table) {
        List<Token> t = sentence.tokens();
        List<EntityMatch> found = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            int at = i;
            Optional<EntityMatch> match = known(t, at, table)
                    .or(() -> byAcronym(t, at, table))
                    .or(() -> reportingAcronym(t, at, table))
                    .or(() -> named(t, at, table))
                    .or(() -> government(t, at, table))
                    .or(() -> domainMinistry(t, at, table))
                    .or(() -> outlet(t, at, table));
            if (match.isPresent()) {
                found.add(match.get());
                // The brackets that introduce an acronym are part of the name's mention, not a second one.
                i = introducesAcronym(t, match.get(), table) ? match.get().to() + 2 : match.get().to() - 1;
            }
        }
        found.addAll(reportingNames(t, found, table));
        return found;
    }

    /**
     * "Global Affairs Canada said", "according to Ukrzaliznytsia": a name that no rule reads, standing where a
     * report names its source, which the statistical name model tags as an organisation. The model runs only
     * on a sentence with such a capitalised word.
     */
    private List<EntityMatch> reportingNames(List<Token> t, List<EntityMatch> found, EntityTable table) {
        List<EntityMatch> named = new ArrayList<>();
        boolean unread = false;
        for (int i = 0; i < t.size() && !unread; i++) {
            unread = unmatchedName(t, i, i + 1, found) && standsAsSource(t, i, i + 1);
        }
        if (!unread) {
            return named;
        }
        for (NameTagger.Run run : names.get().organisations(t)) {
            if (unmatchedName(t, run.from(), run.to(), found) && standsAsSource(t, run.from(), run.to())) {
                named.add(record(t, run.from(), run.to(), table));
            }
        }
        return named;
    }

    /** Whether the tokens open with a capitalised word and none of them is matched yet. */
    private static boolean unmatchedName(List<Token> t, int from, int to, List<EntityMatch> found) {
        for (int j = from; j < to; j++) {
            if (Tokens.covered(found, j)) {
                return false;
            }
        }
        return Tokens.isCapitalisedWord(t.get(from));
    }

    /** Whether the tokens from {@code from} to {@code to} stand before a speech verb or after "according to". */
    private boolean standsAsSource(List<Token> t, int from, int to) {
        boolean beforeVerb = to < t.size() && clauseEndVerbs.contains(t.get(to).lower())
                && Tokens.isCapitalisedWord(t.get(to - 1));
        boolean afterAccording = from >= 2 && t.get(from - 2).is("according") && t.get(from - 1).is("to");
        return beforeVerb || afterAccording;
    }

    /**
     * "the Relief and Rehabilitation Commission (RRC) said": the capitals in brackets right after an
     * organisation's name stand for it in the rest of the document ("RRC recorded 2,500 returnees"); returns
     * whether they do.
     */
    private static boolean introducesAcronym(List<Token> t, EntityMatch organisation, EntityTable table) {
        int open = organisation.to();
        boolean introduces = open + 2 < t.size() && t.get(open).is("(") && t.get(open + 2).is(")")
                && isAcronym(t.get(open + 1).text());
        if (introduces) {
            table.acronym(t.get(open + 1).text(), organisation.key());
        }
        return introduces;
    }

    /**
     * "DTM recorded 98,700 returnees", "NEMA said": capitals that no lexicon knows, which report or speak, are an
     * organisation's acronym; not a country's ("UAE said").
     */
    private Optional<EntityMatch> reportingAcronym(List<Token> t, int i, EntityTable table) {
        boolean reports = i + 1 < t.size() && isAcronym(t.get(i).text()) && t.get(i).text().length() >= 3
                && reportingVerbs.contains(t.get(i + 1).lower()) && lexicons.countries.matchAt(t, i).isEmpty();
        if (!reports) {
            return Optional.empty();
        }
        String key = table.organisation(Slugs.of(t.get(i).text()), t.get(i).text());
        return Optional.of(new EntityMatch(i, i + 1, key, EntityType.ORGANISATION, null));
    }

    private static boolean isAcronym(String word) {
        return word.length() >= 2 && word.length() <= 8 && word.chars().allMatch(c -> c >= 'A' && c <= 'Z');
    }

    private static Optional<EntityMatch> byAcronym(List<Token> t, int i, EntityTable table) {
        return table.organisationByAcronym(t.get(i).text())
                .map(key -> new EntityMatch(i, i + 1, key, EntityType.ORGANISATION, null));
    }

    private Optional<EntityMatch> known(List<Token> t, int i, EntityTable table) {
        return lexicons.organisations.matchAt(t, i).map(m -> {
            String key = table.organisation(Slugs.of(m.value()), m.value());
            return new EntityMatch(m.from(), m.to(), key, EntityType.ORGANISATION, null);
        });
    }

    private Optional<EntityMatch> named(List<Token> t, int i, EntityTable table) {
        boolean continues = i > 0 && Tokens.isCapitalisedWord(t.get(i - 1)) && !opensPhrase(t, i - 1);
        if (!t.get(i).isCapitalised() || opensPhrase(t, i) || continues) {
            return Optional.empty(); // a name starts after "The", so "The UN refugee agency" is the known agency
        }
        int end = -1;
        for (int j = i; j < t.size() && j < i + 8; j++) {
            Token tok = t.get(j);
            if (tok.isCapitalised() && tok.isWord() && lexicons.organisationHeads.contains(tok.lower())) {
                end = j + 1;
                while (end < t.size() && Tokens.isCapitalisedWord(t.get(end))
                        && lexicons.organisationHeads.contains(t.get(end).lower())) {
                    end++; // "State Border Guard Service"
                }
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

    /** "The", or a number that counts: "Two Nigerian Air Force planes" names the air force, not "Two …". */
    private static boolean opensPhrase(List<Token> t, int i) {
        return ARTICLES.contains(t.get(i).text()) || NumberReader.startsNumber(t, i);
    }

    /**
     * "General Security directorate", "the French foreign ministry", "Indonesia's foreign ministry": a
     * capitalised name, or a country's adjective or possessive, whose organisation word is in lower case;
     * not "a Swedish consulate", which names none in particular.
     */
    private int lowerCaseHead(List<Token> t, int i) {
        int j = i;
        while (j < t.size() && Tokens.isCapitalisedWord(t.get(j))) {
            j++;
        }
        boolean adjective = j - i == 1 && lexicons.countries.matchAt(t, i)
                .filter(m -> m.to() == i + 1 && m.value().form() == Lexicons.CountryForm.ADJECTIVE).isPresent();
        boolean ofCountry = j < t.size() && Tokens.isPossessive(t.get(j)) && isCountryName(t, i, j); // "Indonesia's"
        boolean named = j - i >= 2 || adjective || ofCountry
                || (j > i && !t.get(i).is("the") && lexicons.countries.matchAt(t, i).isEmpty());
        int head = ofCountry ? j + 1 : j;
        while (head < t.size() && head < j + 2 && isLowerModifier(t.get(head))) {
            head++; // "French foreign ministry", "Donetsk regional military administration"
        }
        boolean isHead = head < t.size() && LOWER_CASE_HEADS.contains(t.get(head).text());
        boolean anyOne = i > 0 && (t.get(i - 1).is("a") || t.get(i - 1).is("an")); // "to a Swedish consulate"
        return named && isHead && !anyOne && (adjective || ofCountry || !isCountryName(t, i, j)) ? lowerCaseOfPhrase(t, head + 1) : -1;
    }

    private boolean isLowerModifier(Token token) {
        return token.isWord() && !token.isCapitalised() && !LOWER_CASE_HEADS.contains(token.text())
                && !lexicons.verbs.containsKey(token.lower()) && !isStopword(token);
    }

    private boolean isStopword(Token token) {
        return STOPWORDS.contains(token.text()) || clauseEndVerbs.contains(token.text());
    }

    /** "ministry of refugees and repatriation": a lower-case head's domain, in lower case too. */
    private int lowerCaseOfPhrase(List<Token> t, int end) {
        if (end + 1 >= t.size() || !t.get(end).is("of")) {
            return end;
        }
        int j = end + 1;
        while (j < t.size() && j < end + 5 && t.get(j).isWord() && !t.get(j).isCapitalised()
                && !isStopword(t.get(j)) || j < t.size() && t.get(j).is("and") && j > end + 1) {
            j++;
        }
        return j > end + 1 && !t.get(j - 1).is("and") ? j : end;
    }

    /** "Ministry of Health": the head may come first, its domain after "of"/"for". */
    private static int extendOfPhrase(List<Token> t, int end) {
        if (end < 0 || end + 1 >= t.size() || !(t.get(end).is("of") || t.get(end).is("for"))) {
            return end;
        }
        int j = end + 1;
        while (j < t.size() && (Tokens.isCapitalisedWord(t.get(j))
                || t.get(j).is("and") && j + 1 < t.size() && Tokens.isCapitalisedWord(t.get(j + 1)) && j > end + 1
                || (t.get(j).is("of") && j > end + 1 || t.get(j).is("the")) && j + 1 < t.size()
                && (Tokens.isCapitalisedWord(t.get(j + 1)) || t.get(j + 1).is("the")))) {
            j++; // "Ministry of Migration and Displacement", "Ministry for Reintegration of the Occupied Territories",
                 // "Office of the President"
        }
        return j > end + 1 && t.get(end - 1).isCapitalised() ? j : end;
    }

    /** "Murtala Muhammed International Airport": an organisation word inside the name of a facility. */
    private static boolean namesAFacility(List<Token> t, int end) {
        return end < t.size() && FACILITIES.contains(t.get(end).lower());
    }

    /** "… Federation" may end in an organisation word and still name a country. */
    private boolean isCountryName(List<Token> t, int from, int to) {
        int start = t.get(from).is("the") ? from + 1 : from;
        return lexicons.countries.matchAt(t, start).filter(m -> m.to() == to).isPresent();
    }

    /**
     * "the foreign ministry said", "the defence ministry in Rome": a ministry the text names by what it is
     * for, with the place it sits in when one follows.
     */
    private Optional<EntityMatch> domainMinistry(List<Token> t, int i, EntityTable table) {
        int head = i + 2;
        boolean ministry = head < t.size() && t.get(i).is("the")
                && lexicons.ministryDomains.contains(t.get(i + 1).text()) && t.get(head).text().equals("ministry");
        if (!ministry) {
            return Optional.empty();
        }
        int end = head + 1;
        if (end + 1 < t.size() && t.get(end).is("in")) {
            int at = end + 1;
            end = lexicons.places.matchAt(t, at).map(Gazetteer.Match::to)
                    .or(() -> lexicons.countries.matchAt(t, at).filter(m -> m.value().form() == Lexicons.CountryForm.NAME)
                            .map(Gazetteer.Match::to))
                    .orElse(end);
        }
        return Optional.of(record(t, i + 1, end, table));
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
                && OUTLET_WORDS.contains(t.get(i + 1).lower())
                || i > 0 && OUTLET_WORDS.contains(t.get(i - 1).lower()) && t.get(i).text().matches("\\p{Lu}{2,6}");
        if (!introduced || !t.get(i).isCapitalised() || lexicons.countries.matchAt(t, i).isPresent()) {
            return Optional.empty();
        }
        String name = t.get(i).text();
        return Optional.of(new EntityMatch(i, i + 1, table.organisation(Slugs.of(name), name),
                EntityType.ORGANISATION, null));
    }

    /**
     * Records the organisation spanning the tokens. A leading nationality or country's possessive becomes
     * part of its identity as a country code, so "Kenyan Interior Ministry" and "Kenya's Interior Ministry"
     * are one organisation.
     */
    private EntityMatch record(List<Token> t, int from, int to, EntityTable table) {
        int labelFrom = from > 0 && t.get(from - 1).is("the") && t.get(from - 1).isCapitalised()
                && OUTLET_HEADS.contains(t.get(to - 1).lower()) ? from - 1 : from;
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
