package org.homeward.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.homeward.extract.Lexicons.SpeechClass;
import org.homeward.model.Attribution;
import org.homeward.model.Entity;
import org.homeward.model.EntityType;
import org.homeward.model.Provenance;
import org.homeward.model.Span;

/**
 * Finds who the text says stated each sentence: "X said", "said X", "according to X", "X told reporters",
 * "X's office said", "the ministry estimated", "he was cited as saying", and quotations followed or preceded
 * by their speaker, whose attribution covers every sentence of the quotation.
 */
final class AttributionFinder {

    /** Not a verb but a cue all the same: "according to X". */
    private static final String ACCORDING = "according";
    /** How many words may stand between "the" and the noun that stands for an organisation ("the UN refugee agency"). */
    private static final int MODIFIERS = 2;
    /** How many words in capitals a transcript's speaker label may have ("JANE DOE:"). */
    private static final int TURN_LABEL_WORDS = 3;
    private static final Set<String> SKIPPABLE = Set.of(
            "has", "had", "have", "also", "later", "then", "previously", "earlier", "recently", "was", "is", "were",
            "reportedly", "further", "separately", "officially", "publicly", "once", "again");
    /** With the lexicon's roles and their modifiers, the lower-case words a title before a speaker may hold. */
    private static final Set<String> TITLE_ARTICLES = Set.of("the", "a", "an");
    /**
     * How many tokens an apposition between a speaker and the verb may run to: "The Mirror Foundation, a
     * Bangkok-based group that helps trafficking victims and has been in contact with relatives, said".
     */
    private static final int APPOSITION_WORDS = 24;
    /** How many words may describe a source before its noun ("senior State Department official"). */
    private static final int SOURCE_MODIFIERS = 3;
    /** Offices of a state: "the ministry" is none of the agencies the text named before unless its name says so. */
    private static final Set<String> STATE_OFFICES = Set.of("ministry", "department", "government", "office");
    /** Nouns by which a text goes on to call the airline it named ("the carrier said"). */
    private static final Set<String> COMPANIES = Set.of("airline", "carrier", "company", "operator");
    /** Those who speak for an organisation: alone, they speak for the one named last. */
    private static final Set<String> SPOKESPERSONS = Set.of("spokesman", "spokeswoman", "spokesperson");
    /** Nouns for one person: "the official" is the person named just before. */
    private static final Set<String> ONE_PERSON = Set.of("official", "spokesman", "spokeswoman", "spokesperson");
    /** Words that end the description of a source to their right ("the", "of", "and"). */
    private static final Set<String> NOT_MODIFIERS = Set.of(
            "the", "a", "an", "and", "or", "but", "of", "in", "on", "at", "to", "for", "from", "with", "by", "as",
            "that", "which", "who", "whose", "its", "their", "his", "her", "our", "this", "these", "those", "some",
            "many", "several", "other", "both", "all", "most", "more", "while", "when", "where", "than", "also", "it",
            "they", "he", "she", "we", "there", "here", "not", "no");
    private static final Set<String> ORGANISATION_NOUNS = Set.of(
            "ministry", "agency", "government", "office", "committee", "commission", "department", "council",
            "organisation", "organization", "group", "service", "directorate", "authority", "survey", "report", "statement");

    private final String text;
    private final List<Sentence> sentences;
    private final List<List<EntityMatch>> matches;
    private final EntityTable table;
    private final Set<String> cues;
    private final Set<String> byCues;
    private final Set<String> dataCues;
    private final Set<String> organisationHeads;
    private final Set<String> carrierHeads;
    private final Set<String> mainClauseCues;
    private final Set<String> titleWords;
    private final Set<String> sourceNouns;

    AttributionFinder(Lexicons lexicons, String text, List<Sentence> sentences, List<List<EntityMatch>> matches,
            EntityTable table) {
        this.text = text;
        this.sentences = sentences;
        this.matches = matches;
        this.table = table;
        this.cues = lexicons.speechVerbs(SpeechClass.CUE, SpeechClass.BY_CUE, SpeechClass.DATA_CUE,
                SpeechClass.MAIN_CLAUSE_CUE);
        this.byCues = lexicons.speechVerbs(SpeechClass.BY_CUE);
        this.dataCues = lexicons.speechVerbs(SpeechClass.DATA_CUE);
        this.organisationHeads = lexicons.organisationHeads;
        this.carrierHeads = lexicons.carrierHeads;
        this.mainClauseCues = lexicons.speechVerbs(SpeechClass.MAIN_CLAUSE_CUE);
        Set<String> title = new HashSet<>(TITLE_ARTICLES);
        title.addAll(lexicons.roles);
        title.addAll(lexicons.roleModifiers);
        this.titleWords = Set.copyOf(title);
        this.sourceNouns = lexicons.sourceNouns;
    }

    /** The attribution of each sentence (null where the text attributes it to nobody), by sentence index. */
    List<Attribution> find() {
        List<Cue> bySentence = new ArrayList<>();
        for (Sentence s : sentences) {
            bySentence.add(cue(s));
        }
        quotations(bySentence);
        turns(bySentence);
        continuations(bySentence);
        return bySentence.stream().map(c -> c == null ? null : c.attribution()).toList();
    }

    /** An attribution and the offset of its reporting words, which decide the quotation it closes or opens. */
    private record Cue(Attribution attribution, int offset) {}

    private Cue cue(Sentence s) {
        List<Token> t = s.tokens();
        for (int i = 0; i < t.size(); i++) {
            if (!isCue(t, i)) {
                continue;
            }
            String word = t.get(i).lower();
            String speaker = word.equals(ACCORDING) ? accordingTo(s, i)
                    : byCues.contains(word) ? byAgent(s, i)
                    : dataCues.contains(word) ? firstAgentBefore(s, i)
                    : mainClauseCues.contains(word) ? firstAgentOrSubject(s, i) : subjectOf(s, i);
            if (speaker != null) {
                int cueEnd = t.get(i).is(ACCORDING) && i + 1 < t.size() ? i + 2 : i + 1;
                String cue = Tokens.text(t, i, Math.min(cueEnd, t.size()));
                Attribution attribution = new Attribution("attribution-" + t.get(i).start(), speaker, cue,
                        Span.of(text, s.start(), s.end()),
                        new Provenance("attribution." + (t.get(i).is(ACCORDING) ? "according-to" : "speech-verb"), 0.85));
                return new Cue(attribution, t.get(i).start());
            }
        }
        return null;
    }

    /**
     * "according to Jane Doe", "according to the UN humanitarian office OCHA" (the last organisation of the
     * phrase names it most precisely), "according to the ministry", "according to her".
     */
    private String accordingTo(Sentence s, int i) {
        List<Token> t = s.tokens();
        int phraseEnd = i + 2;
        while (phraseEnd < t.size() && phraseEnd < i + 14 && !t.get(phraseEnd).is(",") && !t.get(phraseEnd).is(".")) {
            phraseEnd++;
        }
        String organisation = null;
        for (EntityMatch m : matches.get(s.index())) {
            if (m.from() > i && m.from() < i + 14 && m.type() == EntityType.PERSON) {
                return m.key();
            }
            if (m.from() > i && m.from() < phraseEnd && m.type() == EntityType.ORGANISATION) {
                organisation = m.key();
            }
        }
        if (organisation != null || i + 2 >= t.size()) {
            return organisation;
        }
        for (int j = i + 2; j < phraseEnd; j++) {
            String found = speakerEndingAt(s, j); // "according to figures from the ministry", "according to her"
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /**
     * A source cue of the lexicon, or "according"; "put the number at …", "counts 138", "recorded 500 returns":
     * figure verbs speak only of a figure.
     */
    private boolean isCue(List<Token> t, int i) {
        String w = t.get(i).lower();
        if (!cues.contains(w) && !w.equals(ACCORDING)) {
            return false;
        }
        if (w.equals("put") || w.equals("puts")) {
            return i + 2 < t.size() && t.get(i + 1).is("the")
                    && Set.of("number", "figure", "total", "toll").contains(t.get(i + 2).lower());
        }
        if (dataCues.contains(w)) {
            for (int j = Math.max(0, i - 10); j < i; j++) {
                if (Set.of("figures", "data", "statistics", "records").contains(t.get(j).lower())) {
                    return true; // "Data from the IOM (…) show"
                }
            }
            return false;
        }
        if (w.equals("counts") || w.equals("counted") || w.equals("recorded") || w.equals("registered")) {
            return i + 1 < t.size() && (t.get(i + 1).isNumeric() || t.get(i + 1).is("more") || t.get(i + 1).is("about"));
        }
        return true;
    }

    /** "figures released by the ministry": the agent after "by". */
    private String byAgent(Sentence s, int cue) {
        List<Token> t = s.tokens();
        return cue + 2 < t.size() && t.get(cue + 1).is("by") ? speakerAfter(s, cue + 2) : null;
    }

    /** The first person or organisation of the sentence before the cue: the subject of its main clause. */
    private String firstAgentBefore(Sentence s, int cue) {
        return matches.get(s.index()).stream()
                .filter(m -> isAgent(m) && m.to() <= cue)
                .min(java.util.Comparator.comparingInt(EntityMatch::from))
                .map(EntityMatch::key)
                .orElse(null);
    }

    /** The first agent the sentence names before the cue, else the cue's own subject ("The consulate has recorded"). */
    private String firstAgentOrSubject(Sentence s, int cue) {
        String first = firstAgentBefore(s, cue);
        return first != null ? first : subjectOf(s, cue);
    }

    /** The speaker before the cue ("X said"), or after it ("said X"). */
    private String subjectOf(Sentence s, int cue) {
        List<Token> t = s.tokens();
        int j = cue - 1;
        while (j >= 0 && SKIPPABLE.contains(t.get(j).lower())) {
            j--;
        }
        if (j >= 1 && t.get(j).is(",")) {
            EntityMatch apposed = matchEndingAt(s.index(), j - 1);
            if (apposed != null && isAgent(apposed)) {
                return apposed.key(); // "Tajikistan's ombudsman, Jane Doe, says"
            }
            j = appositionStart(t, j);
        }
        if (j >= 0) {
            String speaker = speakerEndingAt(s, j);
            if (speaker != null) {
                return speaker;
            }
        }
        return speakerAfter(s, cue + 1);
    }

    /** "said Interior Minister Jane Doe", "said the ministry's spokesman, John Roe": the speaker after the cue. */
    private String speakerAfter(Sentence s, int from) {
        List<Token> t = s.tokens();
        for (int k = from; k < t.size() && k < from + 8; k++) {
            EntityMatch m = matchAt(s.index(), k);
            if (m != null && isAgent(m)) {
                return m.key();
            }
            Token token = t.get(k);
            boolean title = token.isWord() || Tokens.isPossessive(token) || token.is(",");
            if (!title || token.isWord() && !token.isCapitalised() && !titleWords.contains(token.lower())) {
                break;
            }
        }
        return describedSourceAfter(s, from);
    }

    /** "said airport officials", "said the ministry", "said a camp official": the source noun right after the cue. */
    private String describedSourceAfter(Sentence s, int from) {
        List<Token> t = s.tokens();
        int first = from < t.size() && TITLE_ARTICLES.contains(t.get(from).lower()) ? from + 1 : from;
        for (int head = first; head < t.size() && head <= first + SOURCE_MODIFIERS; head++) {
            boolean nounFollows = head + 1 < t.size() && sourceNouns.contains(t.get(head + 1).lower());
            if (sourceNouns.contains(t.get(head).lower()) && !nounFollows) {
                return speakerEndingAt(s, head);
            }
            if (!isSourceModifier(s, head)) {
                return null;
            }
        }
        return null;
    }

    private String speakerEndingAt(Sentence s, int j) {
        List<Token> t = s.tokens();
        EntityMatch m = matchEndingAt(s.index(), j);
        if (m != null && isAgent(m)) {
            return m.key();
        }
        EntityMatch place = placeEndingAt(s.index(), j);
        if (place != null && place.from() >= 2 && t.get(place.from() - 1).is("in")) {
            return speakerEndingAt(s, place.from() - 2); // "the Ministry of Foreign Affairs in Copenhagen said"
        }
        if (isCountrySubject(t, place)) {
            return place.key(); // "France says it has evacuated 388 people": the state speaks through its government
        }
        String word = t.get(j).lower();
        if (word.equals("he") || word.equals("she") || word.equals("him") || word.equals("her")) {
            return lastPersonBefore(s.index(), t.get(j).start());
        }
        if (word.equals("it") && (j == 0 || !t.get(j - 1).isWord())) {
            return lastOrganisationNamed("", s.index(), t.get(j).start()); // "It said another 41,000 had returned"
        }
        if (word.equals("office") && j >= 2 && Tokens.isPossessive(t.get(j - 1))) {
            EntityMatch owner = matchEndingAt(s.index(), j - 2);
            return owner != null && isAgent(owner) ? owner.key() : null;
        }
        int article = article(t, j);
        if (ORGANISATION_NOUNS.contains(word) && article >= 0) {
            int before = t.get(article).start(); // "the UN agency" stands for an agency named before it, not for "UN"
            String named = lastOrganisationNamed(word, s.index(), before);
            if (named != null && labelHolds(named, t, article + 1, j)) {
                return named;
            }
            String any = STATE_OFFICES.contains(word) ? null : lastOrganisationNamed("", s.index(), before);
            return any != null ? any : describedSourceEndingAt(s, j); // a state's office is no agency named before
        }
        if (COMPANIES.contains(word) && j >= 1 && t.get(j - 1).is("the")) {
            return lastOrganisationNamed(this::isCarrier, s.index(), t.get(j).start()); // "Air China …, the airline said"
        }
        if (organisationHeads.contains(word) && j >= 1 && t.get(j - 1).is("the")) {
            String named = lastOrganisationNamed(word, s.index(), t.get(j).start()); // "the consulate", once named
            return named != null ? named : describedSourceEndingAt(s, j);
        }
        if (word.equals(")")) {
            return acronymBefore(s, j); // "the National Emergency Management Agency (NEMA) said"
        }
        return describedSourceEndingAt(s, j);
    }

    /** Whether the organisation's name holds each lower-case word that describes it ("the transport ministry"). */
    private boolean labelHolds(String key, List<Token> t, int from, int to) {
        String label = spelling(table.get(key).map(Entity::label).orElse(""));
        for (int k = from; k < to; k++) {
            String word = t.get(k).text();
            if (word.equals(word.toLowerCase(Locale.ROOT)) && !label.contains(spelling(word))) {
                return false;
            }
        }
        return true;
    }

    /**
     * "officials", "Iraqi officials", "Egypt's government", "local authorities", "the transport ministry" ending at
     * token {@code head}: a source the text describes without naming, whose words are its label. Null when the
     * head is no source noun.
     */
    private String describedSourceEndingAt(Sentence s, int head) {
        List<Token> t = s.tokens();
        if (!sourceNouns.contains(t.get(head).lower())) {
            return null;
        }
        int from = head;
        while (from > 0 && head - from < SOURCE_MODIFIERS && isSourceModifier(s, from - 1)) {
            from--;
        }
        String named = namedBehind(s, from, head);
        if (named != null) {
            return named;
        }
        if (from >= 2 && Tokens.isPossessive(t.get(from - 1))) {
            EntityMatch owner = placeEndingAt(s.index(), from - 2); // "Egypt's government"
            if (owner != null && owner.type() == EntityType.COUNTRY) {
                from = owner.from();
            }
        }
        String key = table.source(Tokens.text(t, from, head + 1));
        table.mention(key, t.get(from).start(), t.get(head).end());
        return key;
    }

    /**
     * The person or organisation that a described speaker from {@code from} to {@code head} stands for, or null:
     * "UNHCR officials" and "a PIA spokesman" are the organisation's voice, "the official" is the person just
     * named, and "a spokesman" alone speaks for the organisation named last.
     */
    private String namedBehind(Sentence s, int from, int head) {
        List<Token> t = s.tokens();
        EntityMatch body = from > 0 ? matchEndingAt(s.index(), from - 1) : null;
        if (body != null && body.type() == EntityType.ORGANISATION) {
            return body.key();
        }
        String noun = t.get(head).lower();
        boolean definite = from == head && head > 0 && t.get(head - 1).is("the");
        String person = definite && ONE_PERSON.contains(noun) ? lastPersonBefore(s.index(), t.get(head).start()) : null;
        if (person != null || from < head || !SPOKESPERSONS.contains(noun)) {
            return person;
        }
        return lastOrganisationNamed("", s.index(), t.get(head).start());
    }

    /** A word that may describe a source before its noun: "local", "border", "Iraqi", "State" opening a sentence. */
    private boolean isSourceModifier(Sentence s, int k) {
        Token token = s.tokens().get(k);
        if (!token.isWord() || NOT_MODIFIERS.contains(token.lower()) || cues.contains(token.lower())) {
            return false;
        }
        for (EntityMatch m : matches.get(s.index())) {
            if (m.covers(k)) {
                return m.type() == EntityType.COUNTRY && m.countryForm() == Lexicons.CountryForm.ADJECTIVE;
            }
        }
        return true;
    }

    /**
     * "…, Jane Doe said. Another 300 are expected next week.": a sentence that attributes itself to nobody
     * goes on in the voice of the sentence before it in the same paragraph, unless it has reporting words of
     * its own whose source was not found ("State authorities counted …"), which may name someone else.
     */
    private void continuations(List<Cue> bySentence) {
        for (int i = 1; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            boolean sameParagraph = sentences.get(i - 1).paragraph() == s.paragraph();
            if (bySentence.get(i) == null && sameParagraph && !hasCue(s)) {
                bySentence.set(i, bySentence.get(i - 1));
            }
        }
    }

    /**
     * A transcript's turns: "HOLLOWAY: Since the start of the year, more than 1.2 million Afghans have
     * returned": a paragraph that opens with a name in capitals and a colon is in the voice of the person the
     * text names so, when its first sentence names no speaker of its own.
     */
    private void turns(List<Cue> bySentence) {
        for (Sentence s : sentences) {
            boolean opensParagraph = s.index() == 0 || sentences.get(s.index() - 1).paragraph() != s.paragraph();
            int colon = opensParagraph && bySentence.get(s.index()) == null ? turnLabelEnd(s.tokens()) : -1;
            Optional<Entity> person = colon < 0 ? Optional.empty() : personCalled(s.tokens().get(colon - 1).text());
            if (person.isPresent()) {
                Token label = s.tokens().get(0);
                Attribution attribution = new Attribution("attribution-" + label.start(), person.get().key(),
                        Tokens.text(s.tokens(), 0, colon + 1), Span.of(text, s.start(), s.end()),
                        new Provenance("attribution.transcript-turn", 0.8));
                bySentence.set(s.index(), new Cue(attribution, label.start()));
            }
        }
    }

    /** The colon after a speaker's label of up to three words in capitals opening the tokens, or -1. */
    private static int turnLabelEnd(List<Token> t) {
        for (int j = 0; j < Math.min(t.size(), TURN_LABEL_WORDS + 1); j++) {
            if (t.get(j).is(":")) {
                return j > 0 ? j : -1;
            }
            if (!t.get(j).isWord() || !t.get(j).text().equals(t.get(j).text().toUpperCase(Locale.ROOT))) {
                return -1;
            }
        }
        return -1;
    }

    /** The person whose name ends with {@code surname}, whatever its case. */
    private Optional<Entity> personCalled(String surname) {
        return table.persons().stream()
                .filter(p -> p.label().toLowerCase(Locale.ROOT).endsWith(" " + surname.toLowerCase(Locale.ROOT)))
                .findFirst();
    }

    private boolean hasCue(Sentence s) {
        List<Token> t = s.tokens();
        for (int i = 0; i < t.size(); i++) {
            if (isCue(t, i)) {
                return true;
            }
        }
        return false;
    }

    /** The "the" of "the agency", "the UN agency", "the UN refugee agency" for the noun at {@code j}, or -1. */
    private static int article(List<Token> t, int j) {
        for (int k = j - 1; k >= 0 && k >= j - 1 - MODIFIERS; k--) {
            if (t.get(k).is("the")) {
                return k;
            }
            if (!t.get(k).isWord() || Tokens.isPossessive(t.get(k))) {
                return -1;
            }
        }
        return -1;
    }

    /** "Jane Doe, the ambassador, said": the token before the apposition that ends at the comma {@code j}. */
    private static int appositionStart(List<Token> t, int j) {
        for (int k = j - 1; k > 0 && k > j - APPOSITION_WORDS; k--) {
            if (t.get(k).is(",")) {
                return k - 1;
            }
        }
        return -1;
    }

    private String acronymBefore(Sentence s, int close) {
        List<Token> t = s.tokens();
        for (int k = close - 1; k > 0 && k > close - 5; k--) {
            if (t.get(k).is("(")) {
                return speakerEndingAt(s, k - 1);
            }
        }
        return null;
    }

    /** Quotations whose speaker is named beside them pass that attribution to all their sentences. */
    private void quotations(List<Cue> bySentence) {
        for (Span quote : QuoteSpans.find(text)) {
            Cue owner = null;
            for (Sentence s : sentences) {
                boolean holdsClosing = s.start() < quote.end() && quote.end() <= s.end();
                boolean holdsOpening = s.start() <= quote.start() && quote.start() < s.end();
                Cue c = bySentence.get(s.index());
                if (c != null && ((holdsClosing && c.offset() >= quote.end()) || (holdsOpening && c.offset() < quote.start()))) {
                    owner = c;
                }
            }
            if (owner != null) {
                for (Sentence s : sentences) {
                    if (s.start() < quote.end() && quote.start() < s.end() && bySentence.get(s.index()) == null) {
                        bySentence.set(s.index(), owner);
                    }
                }
            }
        }
    }

    private boolean isAgent(EntityMatch m) {
        return m.type() == EntityType.PERSON || m.type() == EntityType.ORGANISATION;
    }

    private EntityMatch matchEndingAt(int sentence, int j) {
        for (EntityMatch m : matches.get(sentence)) {
            if (m.to() - 1 == j && isAgent(m)) {
                return m;
            }
        }
        return null;
    }

    /** A country's name standing alone as a subject: not "returned to France", not "French". */
    private static boolean isCountrySubject(List<Token> t, EntityMatch place) {
        boolean name = place != null && place.type() == EntityType.COUNTRY
                && place.countryForm() == Lexicons.CountryForm.NAME;
        return name && (place.from() == 0 || !t.get(place.from() - 1).isWord()
                || t.get(place.from() - 1).is("and") || t.get(place.from() - 1).is("but"));
    }

    private EntityMatch placeEndingAt(int sentence, int j) {
        for (EntityMatch m : matches.get(sentence)) {
            if (m.to() - 1 == j && (m.type() == EntityType.PLACE || m.type() == EntityType.COUNTRY)) {
                return m;
            }
        }
        return null;
    }

    private EntityMatch matchAt(int sentence, int j) {
        for (EntityMatch m : matches.get(sentence)) {
            if (m.from() == j) {
                return m;
            }
        }
        return null;
    }

    private String lastPersonBefore(int sentence, int offset) {
        for (int s = sentence; s >= 0 && s > sentence - 4; s--) {
            String found = null;
            for (EntityMatch m : matches.get(s)) {
                if (m.type() == EntityType.PERSON && sentences.get(s).tokens().get(m.from()).start() < offset) {
                    found = m.key();
                }
            }
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** Lower case with British and American spellings made one ("organisation", "organization"). */
    private static String spelling(String word) {
        return word.toLowerCase(Locale.ROOT).replace("ization", "isation");
    }

    private String lastOrganisationNamed(String noun, int sentence, int offset) {
        return lastOrganisationNamed(key -> noun.isEmpty() ? !isCarrier(key)
                : spelling(table.get(key).map(Entity::label).orElse("")).contains(spelling(noun)), sentence, offset);
    }

    /** The organisation of those that {@code wanted} accepts named last before the offset, or null. */
    private String lastOrganisationNamed(Predicate<String> wanted, int sentence, int offset) {
        Map<String, Integer> seen = new HashMap<>();
        for (int s = 0; s <= sentence; s++) {
            for (EntityMatch m : matches.get(s)) {
                boolean before = s < sentence || sentences.get(s).tokens().get(m.from()).start() < offset;
                if (m.type() == EntityType.ORGANISATION && before) {
                    seen.put(m.key(), sentences.get(s).tokens().get(m.from()).start());
                }
            }
        }
        return seen.entrySet().stream()
                .filter(e -> wanted.test(e.getKey()))
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElse(null);
    }

    /** "Philippine Airlines", "the Indian Air Force": who flew people, not whom "the ministry" or "it" stands for. */
    private boolean isCarrier(String key) {
        String[] words = table.get(key).map(Entity::label).orElse("").toLowerCase(Locale.ROOT).split(" ");
        return carrierHeads.contains(words[words.length - 1]);
    }
}
