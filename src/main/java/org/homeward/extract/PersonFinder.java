package org.homeward.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.homeward.model.EntityType;

/**
 * Finds persons by the roles news copy gives them: "Foreign Minister Jane Doe", "Jane Doe, the Ruritanian
 * ambassador to Freedonia,", "Ruritania's ombudsman for human rights, Jane Doe", "spokesperson John
 * Roe"; and unknown names as the subject of a speech verb ("Jane Doe said"). The title splits into the
 * country whose office it is, the organisation the person belongs to, and the job title itself.
 */
final class PersonFinder {

    private static final Set<String> NOT_NAMES = Set.of(
            "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "his", "her", "their", "its", "this",
            "that", "these", "those", "in", "on", "at", "but", "and", "or", "if", "as", "when", "while", "after",
            "before", "since", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "officials", "authorities", "state", "god", "mr", "mrs", "ms", "dr", "maître",
            "for", "with", "from", "to", "by", "of", "like", "among", "despite", "during", "without", "under");
    private static final Set<String> LOCATIVES = Set.of(
            "in", "at", "on", "from", "near", "into", "through", "via", "of", "across", "around", "towards");
    private static final Set<String> LIST_JOINERS = Set.of(",", "and");
    private static final Set<String> COMPLEMENT_STARTS = Set.of("for", "of", "to", "on", "at", "in");
    private static final int APPOSITION = 14;
    private static final Pattern INITIAL = Pattern.compile("\\p{Lu}");
    /** Initials written as one token: "M.K.", "A.P.J.". */
    private static final Pattern INITIALS = Pattern.compile("(?:\\p{Lu}\\.){2,3}");
    private static final Set<String> PARTICLES = Set.of(
            "bin", "ibn", "van", "von", "de", "da", "di", "du", "dos", "das", "del", "der", "den", "la", "le", "abu");

    /** A title phrase: tokens {@code from}..{@code to}, its role ending at {@code roleEnd}. */
    private record Title(int from, int to) {}

    private final Lexicons lexicons;
    private final TitleReader titles;
    private final Supplier<NameTagger> names;
    /** Verbs a name beside which is a person speaking: "Jane Doe said", "said Jane Doe". */
    private final Set<String> speechVerbs;

    PersonFinder(Lexicons lexicons, Supplier<NameTagger> names) {
        this.lexicons = lexicons;
        this.speechVerbs = lexicons.speechVerbs(Lexicons.SpeechClass.SPEAKER);
        this.titles = new TitleReader(lexicons);
        this.names = names;
    }

    /** The titled or speaking persons of a sentence, given the matches already made in it. */
    List<EntityMatch> find(Sentence sentence, List<EntityMatch> taken, EntityTable table) {
        List<Token> t = sentence.tokens();
        List<EntityMatch> found = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            int role = i;
            int roleEnd = roleEnd(t, role);
            if (roleEnd > role) {
                Optional<EntityMatch> person = titledBefore(t, role, roleEnd, taken, table)
                        .or(() -> titledAfter(t, role, roleEnd, taken, table));
                person.ifPresent(found::add);
            }
        }
        apposed(t, taken, table, found);
        speaking(t, taken, table, found);
        spokenOf(t, taken, table, found);
        described(t, taken, table, found);
        namedBeforeCue(t, taken, table, found);
        tagged(t, taken, table, found);
        return found;
    }

    /**
     * "Compiled by Jane Doe and John Roe", "I spoke to Jane Doe, who …", "© Agency 2024/Jane Doe": names that
     * no rule reads but the statistical name model tags, when they have two words or more, each capitalised,
     * and do not stand where places do ("in Mae Sot", "Ben Gurion airport"). The model runs only on a
     * sentence that holds such a run of capitalised words that nothing else has matched.
     */
    private void tagged(List<Token> t, List<EntityMatch> taken, EntityTable table, List<EntityMatch> found) {
        if (!hasUnknownName(t, taken, found, knownNameWords(table))) {
            return;
        }
        for (NameTagger.Run tagged : names.get().persons(t)) {
            NameTagger.Run run = new NameTagger.Run(tagged.from(), Math.max(tagged.to(), nameRunEnd(t, tagged.from(), taken)));
            boolean free = run.to() - run.from() >= 2 && isNameRun(t, run.from(), run.to(), taken)
                    && !Tokens.covered(found, run.from()) && !Tokens.covered(found, run.to() - 1);
            if (free && !placed(t, run, table.text()) && !listedWithPlaces(t, run, taken) && !shouted(t, run)) {
                addIfNamed(found, person(t, run.from(), run.to(), null, taken, table));
            }
        }
    }

    /** Whether two capitalised words in a row are neither matched yet nor words of a person already known. */
    private static boolean hasUnknownName(List<Token> t, List<EntityMatch> taken, List<EntityMatch> found,
            Set<String> known) {
        for (int i = 0; i + 1 < t.size(); i++) {
            if (isUnknownCapitalised(t, i, taken, found, known) && isUnknownCapitalised(t, i + 1, taken, found, known)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isUnknownCapitalised(List<Token> t, int i, List<EntityMatch> taken, List<EntityMatch> found,
            Set<String> known) {
        Token token = t.get(i);
        return token.isWord() && token.isCapitalised() && !NOT_NAMES.contains(token.lower())
                && !known.contains(token.text()) && !Tokens.covered(taken, i) && !Tokens.covered(found, i);
    }

    /** The words of the persons the document has named so far: a later mention of them needs no model. */
    private static Set<String> knownNameWords(EntityTable table) {
        Set<String> words = new HashSet<>();
        table.persons().forEach(person -> words.addAll(List.of(person.label().split(" "))));
        return words;
    }

    /**
     * "in Mae Sot", "the Ben Gurion airport", "Bulo Burte (5,600)": a name that stands where a place does
     * anywhere in the document.
     */
    private boolean placed(List<Token> t, NameTagger.Run run, String text) {
        String name = Tokens.text(t, run.from(), run.to());
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
            String[] before = text.substring(Math.max(0, at - 16), at).toLowerCase(Locale.ROOT).split("\\W+");
            String after = text.substring(at + name.length(), Math.min(text.length(), at + name.length() + 24))
                    .toLowerCase(Locale.ROOT);
            String[] next = after.strip().split("\\W+");
            boolean locative = before.length > 0 && LOCATIVES.contains(before[before.length - 1]);
            boolean placeNoun = next.length > 0 && lexicons.placeNouns.contains(next[0]);
            if (locative || placeNoun || after.matches("^ ?\\(\\d.*")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Derna and Al Bayda", "from Udon Thani, Nakhon Phanom and Sakon Nakhon": a name in a list whose other
     * members are places, or which a locative opens.
     */
    private static boolean listedWithPlaces(List<Token> t, NameTagger.Run run, List<EntityMatch> taken) {
        int j = run.from() - 1;
        while (j >= 0 && (LIST_JOINERS.contains(t.get(j).lower()) || t.get(j).isCapitalised() && t.get(j).isWord()
                && !NOT_NAMES.contains(t.get(j).lower()))) {
            if (isPlace(taken, j)) {
                return true;
            }
            j--;
        }
        j = j > 0 && t.get(j).is("the") ? j - 1 : j; // "through the Tecún Umán, El Carmen and La Mesilla posts"
        boolean listed = run.from() > 0 && LIST_JOINERS.contains(t.get(run.from() - 1).lower());
        return listed && j >= 0 && LOCATIVES.contains(t.get(j).lower());
    }

    private static boolean isPlace(List<EntityMatch> taken, int j) {
        return taken.stream().anyMatch(m -> m.covers(j) && (m.type() == EntityType.PLACE || m.type() == EntityType.COUNTRY));
    }

    /** "AL JAZEERA": capitals throughout name a brand or a headline, not a person. */
    private static boolean shouted(List<Token> t, NameTagger.Run run) {
        String text = Tokens.text(t, run.from(), run.to());
        return text.equals(text.toUpperCase(Locale.ROOT));
    }

    /** "Tajik Foreign Minister Jane Doe", "ambassador to Chad John Roe". */
    private Optional<EntityMatch> titledBefore(List<Token> t, int role, int roleEnd, List<EntityMatch> taken,
            EntityTable table) {
        int from = titles.leftEdge(t, role, taken);
        int complementEnd = capitalisedComplementEnd(t, roleEnd, taken);
        if (complementEnd > roleEnd) {
            int nameFrom = complementEnd - 2;
            if (nameFrom <= roleEnd + 1 || !isNameRun(t, nameFrom, complementEnd, taken)) {
                return Optional.empty();
            }
            return Optional.ofNullable(person(t, nameFrom, complementEnd, new Title(from, nameFrom), taken, table));
        }
        int nameFrom = initialsAfter(t, roleEnd);
        int nameEnd = nameRunEnd(t, nameFrom, taken);
        boolean speaks = nameEnd - nameFrom == 1 && nameEnd < t.size() && speechVerbs.contains(t.get(nameEnd).lower())
                && !t.get(roleEnd - 1).isCapitalised();
        boolean initialled = nameFrom > roleEnd && nameEnd > nameFrom; // "Minister K. Doe": initials and a surname
        if (nameEnd - nameFrom < 2 && !speaks && !initialled) {
            return Optional.empty(); // "spokesman Abdulkarim said" names him by one name
        }
        return Optional.ofNullable(person(t, nameFrom, nameEnd, new Title(from, roleEnd), taken, table));
    }

    /** "Ruritania's ombudsman for human rights, Jane Doe" at the end of a clause. */
    private Optional<EntityMatch> titledAfter(List<Token> t, int role, int roleEnd, List<EntityMatch> taken,
            EntityTable table) {
        int comma = roleEnd;
        while (comma < t.size() && comma < roleEnd + 6 && (t.get(comma).isWord() || Tokens.isPossessive(t.get(comma)))
                && !lexicons.roles.contains(t.get(comma).lower())) {
            comma++;
        }
        if (comma >= t.size() || !t.get(comma).is(",") || (comma > roleEnd
                && !COMPLEMENT_STARTS.contains(t.get(roleEnd).lower()))) {
            return Optional.empty();
        }
        int nameEnd = nameRunEnd(t, comma + 1, taken);
        boolean closed = nameEnd >= t.size() || !t.get(nameEnd).isWord() || speechVerbs.contains(t.get(nameEnd).lower());
        if (nameEnd - comma - 1 < 2 || !closed) {
            return Optional.empty();
        }
        return Optional.ofNullable(person(t, comma + 1, nameEnd, new Title(titles.leftEdge(t, role, taken), comma), taken,
                table));
    }

    /** "Jane Doe, the Ruritanian ambassador to Freedonia," */
    private void apposed(List<Token> t, List<EntityMatch> taken, EntityTable table, List<EntityMatch> found) {
        for (int i = 0; i + 3 < t.size(); i++) {
            if (i > 0 && t.get(i - 1).isCapitalised() && t.get(i - 1).isWord()) {
                continue;
            }
            int nameEnd = nameRunEnd(t, i, taken);
            if (nameEnd - i < 2 || nameEnd + 2 >= t.size() || !t.get(nameEnd).is(",")
                    || !(t.get(nameEnd + 1).is("the") || t.get(nameEnd + 1).is("a")) || Tokens.covered(found, i)) {
                continue;
            }
            int titleFrom = nameEnd + 2;
            int titleEnd = titles.apposedTitleEnd(t, titleFrom);
            if (titleEnd > titleFrom) {
                addIfNamed(found, person(t, i, nameEnd, new Title(titleFrom, titleEnd), taken, table));
            }
        }
    }

    /** "Jane Doe said": a name no lexicon knows, recognised by what it does. */
    private void speaking(List<Token> t, List<EntityMatch> taken, EntityTable table, List<EntityMatch> found) {
        for (int i = 0; i + 2 < t.size(); i++) {
            boolean initialled = initialsBefore(t, i) < i; // "K. Doe said"
            if ((i > 0 && t.get(i - 1).isCapitalised() && t.get(i - 1).isWord() && !initialled)
                    || Tokens.covered(found, i)) {
                continue;
            }
            int nameEnd = nameRunEnd(t, i, taken);
            boolean free = java.util.stream.IntStream.range(i, nameEnd).noneMatch(j -> Tokens.covered(found, j));
            boolean named = nameEnd - i >= 2 || initialled && nameEnd > i;
            if (free && named && nameEnd - i <= 3 && nameEnd < t.size()
                    && speechVerbs.contains(t.get(nameEnd).lower())) {
                addIfNamed(found, person(t, i, nameEnd, null, taken, table));
            }
        }
    }

    /** "…, said Jane Doe, who heads the office.": a name right after a speech verb, closing its clause. */
    private void spokenOf(List<Token> t, List<EntityMatch> taken, EntityTable table, List<EntityMatch> found) {
        for (int i = 1; i + 2 < t.size() + 1; i++) {
            if (!speechVerbs.contains(t.get(i - 1).lower()) || Tokens.covered(found, i)) {
                continue;
            }
            int nameFrom = initialsAfter(t, i); // "said K. Doe"
            int nameEnd = nameRunEnd(t, nameFrom, taken);
            boolean closed = nameEnd >= t.size() || !t.get(nameEnd).isWord();
            boolean named = nameEnd - nameFrom >= 2 || nameFrom > i && nameEnd > nameFrom;
            if (named && nameEnd - nameFrom <= 3 && closed) {
                addIfNamed(found, person(t, nameFrom, nameEnd, apposedTitle(t, nameEnd), taken, table));
            }
        }
    }

    /**
     * "Jane Doe, 34, who …", "Jane Doe, a 41-year-old mother of five,", "Jane Doe, a senior doctor at the
     * hospital, told reporters": a name described between commas the way news copy introduces people.
     */
    private void described(List<Token> t, List<EntityMatch> taken, EntityTable table, List<EntityMatch> found) {
        for (int i = 0; i + 3 < t.size(); i++) {
            if ((i > 0 && Tokens.isCapitalisedWord(t.get(i - 1))) || Tokens.covered(found, i)) {
                continue;
            }
            int nameEnd = nameRunEnd(t, i, taken);
            if (nameEnd - i < 2 || nameEnd - i > 3 || nameEnd + 2 >= t.size() || !t.get(nameEnd).is(",")) {
                continue;
            }
            if (isAge(t, nameEnd + 1) || describedSpeaker(t, nameEnd + 1)) {
                addIfNamed(found, person(t, i, nameEnd, apposedTitle(t, nameEnd), taken, table));
            }
        }
    }

    /** "34," or "a 34-year-old". */
    private static boolean isAge(List<Token> t, int j) {
        if (t.get(j).isNumeric() && j + 1 < t.size() && t.get(j + 1).is(",")) {
            return t.get(j).text().matches("\\d{1,3}");
        }
        int k = t.get(j).is("a") || t.get(j).is("an") ? j + 1 : j;
        return k + 2 < t.size() && t.get(k).isNumeric() && t.get(k + 1).is("-") && t.get(k + 2).lower().startsWith("year");
    }

    /** "a senior paediatrician at the Health Ministry, told journalists": a described person who speaks. */
    private boolean describedSpeaker(List<Token> t, int j) {
        for (int k = j + 1; k < t.size() && k < j + APPOSITION; k++) {
            if (t.get(k).is(",")) {
                return k + 1 < t.size() && speechVerbs.contains(t.get(k + 1).lower());
            }
            if (t.get(k).is(".") || t.get(k).is(";")) {
                return false;
            }
        }
        return false;
    }

    /** "The deputy head of the group, Jane Doe, told Reuters": a name set off by commas right before a speech verb. */
    private void namedBeforeCue(List<Token> t, List<EntityMatch> taken, EntityTable table, List<EntityMatch> found) {
        for (int i = 1; i + 2 < t.size(); i++) {
            if (!t.get(i - 1).is(",") || Tokens.covered(found, i)) {
                continue;
            }
            int nameEnd = nameRunEnd(t, i, taken);
            boolean cue = nameEnd + 1 < t.size() && t.get(nameEnd).is(",")
                    && speechVerbs.contains(t.get(nameEnd + 1).lower());
            if (nameEnd - i >= 2 && nameEnd - i <= 3 && cue) {
                addIfNamed(found, person(t, i, nameEnd, null, taken, table));
            }
        }
    }

    /** ", NEMA's coordinator for Lagos," after a name: a title set off by commas, if it holds a role. */
    private Title apposedTitle(List<Token> t, int nameEnd) {
        if (nameEnd + 1 >= t.size() || !t.get(nameEnd).is(",")) {
            return null;
        }
        int from = nameEnd + 1 + (t.get(nameEnd + 1).is("the") || t.get(nameEnd + 1).is("a") ? 1 : 0);
        int end = titles.apposedTitleEnd(t, from);
        return end > from ? new Title(from, end) : null;
    }

    private static void addIfNamed(List<EntityMatch> found, EntityMatch person) {
        if (person != null) {
            found.add(person);
        }
    }

    /** The person named by the tokens, or null if the run holds a possessive ("RFE/RL's Uzbek Service"). */
    private EntityMatch person(List<Token> t, int from, int to, Title title, List<EntityMatch> taken,
            EntityTable table) {
        for (int j = from; j < to; j++) {
            if (Tokens.isPossessive(t.get(j))) {
                return null;
            }
        }
        int start = initialsBefore(t, from);
        String name = Tokens.text(t, start, to);
        TitleReader.Parsed parsed = title == null ? TitleReader.Parsed.NONE : titles.parse(t, title.from(), title.to(), taken, table);
        String key = table.person(name, parsed.jobTitle(), parsed.organisation(), parsed.country());
        return new EntityMatch(start, to, key, EntityType.PERSON, null);
    }

    /** "W. M. Jane Doe", "M.K. Doe": the initials before a name are part of it; the index of the first. */
    private static int initialsBefore(List<Token> t, int from) {
        int start = from;
        while (true) {
            if (start >= 2 && t.get(start - 1).is(".") && INITIAL.matcher(t.get(start - 2).text()).matches()) {
                start -= 2;
            } else if (start >= 1 && INITIALS.matcher(t.get(start - 1).text()).matches()) {
                start -= 1;
            } else {
                return start;
            }
        }
    }

    /** The index after the initials that open a name at {@code from} ("K. Doe", "M.K. Doe"), or {@code from}. */
    private static int initialsAfter(List<Token> t, int from) {
        int end = from;
        while (true) {
            if (end + 1 < t.size() && INITIAL.matcher(t.get(end).text()).matches() && t.get(end + 1).is(".")) {
                end += 2;
            } else if (end < t.size() && INITIALS.matcher(t.get(end).text()).matches()) {
                end += 1;
            } else {
                return end;
            }
        }
    }

    private int roleEnd(List<Token> t, int i) {
        for (int n = 3; n >= 1; n--) {
            if (i + n <= t.size() && lexicons.roles.contains(Tokens.lowerPhrase(t, i, i + n))) {
                return i + n;
            }
        }
        return -1;
    }

    /** After a role, "for Children's Rights Jane Doe": the capitalised run that holds complement and name. */
    private int capitalisedComplementEnd(List<Token> t, int roleEnd, List<EntityMatch> taken) {
        if (roleEnd + 1 >= t.size() || !COMPLEMENT_STARTS.contains(t.get(roleEnd).lower())) {
            return -1;
        }
        int j = roleEnd + 1;
        while (j < t.size() && ((t.get(j).isCapitalised() && t.get(j).isWord()) || Tokens.isPossessive(t.get(j))
                || t.get(j).is("the") || t.get(j).is("and") || t.get(j).isCapitalised() && Tokens.covered(taken, j))) {
            j++;
        }
        return j;
    }

    private int nameRunEnd(List<Token> t, int from, List<EntityMatch> taken) {
        int j = from;
        while (j < t.size() && j < from + 4 && (isNameToken(t.get(j)) || j > from && isParticle(t, j))
                && !Tokens.covered(taken, j)) {
            j++;
        }
        return j;
    }

    private boolean isNameRun(List<Token> t, int from, int to, List<EntityMatch> taken) {
        return nameRunEnd(t, from, taken) >= to;
    }

    /** "al-Saadi", "bin", "van", "de" inside a name. */
    private static boolean isParticle(List<Token> t, int j) {
        String w = t.get(j).text();
        if (w.matches("(?:al|el|ad|as|ash|at|ar|an|az|ibn|bin)-\\p{Lu}[\\p{L}'’-]+")) {
            return true;
        }
        return PARTICLES.contains(w) && j + 1 < t.size() && Tokens.isCapitalisedWord(t.get(j + 1));
    }

    private boolean isNameToken(Token token) {
        return token.isWord() && token.isCapitalised() && token.text().length() > 1
                && !token.text().equals(token.text().toUpperCase(java.util.Locale.ROOT))
                && !NOT_NAMES.contains(token.lower()) && !lexicons.roles.contains(token.lower())
                && !lexicons.organisationHeads.contains(token.lower());
    }

}
