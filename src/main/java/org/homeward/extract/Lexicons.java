package org.homeward.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The general word lists the extractor reads text with: countries and their demonyms, places, roles,
 * organisation head words and well-known organisations, population nouns and verbs, speech verbs, the words
 * that tell whether a counted group returned. Loaded once from the classpath and checked line by line;
 * immutable.
 */
final class Lexicons {

    /** How a country is named: by name ("Chad"), adjective ("Chadian") or people noun ("Chadians"). */
    enum CountryForm { NAME, ADJECTIVE, PLURAL }

    /** A surface form of a country. */
    record CountryName(String iso2, String label, CountryForm form) {}

    /** A known place and the country it lies in. */
    record PlaceName(String label, String kind, String iso2) {}

    /** What a speech verb form tells of its sentence: the classes of speech-verbs.tsv, whose header says each. */
    enum SpeechClass {
        CUE, BY_CUE, DATA_CUE, MAIN_CLAUSE_CUE, SPEAKER, DATING, CLAUSE_END;

        /** The class as the lexicon file names it ("main-clause-cue"). */
        String slug() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** What a word form tells of a counted group's return: the classes of return-words.tsv, whose header says each. */
    enum ReturnClass {
        RETURNEE, RETURNS, HOME, AWAIT, DEPART, HARM;

        /** The class as the lexicon file names it ("returnee"). */
        String slug() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The classes that say how a sentence's source is found: the finder reads a form in one way only. */
    private static final Set<SpeechClass> SOURCE_CLASSES =
            EnumSet.of(SpeechClass.CUE, SpeechClass.BY_CUE, SpeechClass.DATA_CUE, SpeechClass.MAIN_CLAUSE_CUE);

    private static final String DIR = "/org/homeward/lexicon/";
    private static final String SPEECH_VERBS = "speech-verbs.tsv";
    private static final String RETURN_WORDS = "return-words.tsv";
    private static final Set<String> PREDICATE_CLASSES = Set.of("returned", "repatriated", "evacuated", "transferred",
            "resettled", "deported", "bring", "carry", "motion", "arrive", "await", "plan", "negotiate", "stay",
            "harm", "flee", "custody", "care", "speak", "count", "receive", "group");
    private static final String FLIGHT_WORDS = "flight-words.tsv";
    private static final Set<String> FLIGHT_WORD_CLASSES = Set.of("carry", "fly");
    private static final Lexicons DEFAULT = load();

    final Gazetteer<CountryName> countries;
    final Gazetteer<PlaceName> places;
    final Gazetteer<String> organisations;
    final Map<String, String> countryLabels;
    final Set<String> roles;
    /** Words before a role in a title that are no role of their own ("senior", "foreign"). */
    final Set<String> roleModifiers;
    /** Nouns that make the name before them a place's ("Kakuma camp"). */
    final Set<String> placeNouns;
    final Set<String> organisationHeads;
    final Map<String, String> populations;
    final Map<String, String> verbs;
    /** Words that end the name of an airline or air force: the carrier of a flight. */
    final Set<String> carrierHeads;
    /** Makers and type families of aircraft: beside an aircraft noun they name the type flown. */
    final Set<String> aircraftMakers;
    /** Nouns for the aircraft a group flew in ("plane", "charter"). */
    final Set<String> aircraftNouns;
    /** Nouns that count flights ("flights", "airlift"). */
    final Set<String> flightNouns;
    /** Verb forms whose object is the people on board ("carried 54", "flew 90"). */
    final Set<String> carryVerbs;
    /** Verb forms that say the people before them went by air ("flew home", "were flown"). */
    final Set<String> flyVerbs;
    /** Words that name a document as an organisation's own report ("flash update", "press release"). */
    final Set<String> reportGenres;
    /** Predicate lemmas by what they tell of a counted group: the classes the event rules name. */
    final Map<String, String> predicates;
    /** Words that say what a ministry is for: "the foreign ministry" names one. */
    final Set<String> ministryDomains;
    /** Nouns that stand for a source described but not named ("officials", "the authorities"). */
    final Set<String> sourceNouns;
    /** Nouns for a state's own people ("nationals", "compatriots"), whatever population they count as. */
    final Set<String> citizenshipNouns;
    private final Map<SpeechClass, Set<String>> speechVerbs;
    private final Map<ReturnClass, Set<String>> returnWords;

    private Lexicons(Gazetteer<CountryName> countries, Gazetteer<PlaceName> places, Gazetteer<String> organisations,
            Map<String, String> countryLabels, Set<String> roles, Set<String> roleModifiers, Set<String> placeNouns,
            Set<String> organisationHeads,
            Map<String, String> populations, Map<String, String> verbs, Map<String, String> predicates,
            Set<String> reportGenres, Set<String> carrierHeads, Set<String> aircraftMakers, Set<String> aircraftNouns,
            Set<String> flightNouns, Map<String, String> flightWords, Set<String> ministryDomains, Set<String> sourceNouns,
            Set<String> citizenshipNouns, Map<String, Set<SpeechClass>> speechVerbs, Map<String, ReturnClass> returnWords) {
        this.countries = countries;
        this.places = places;
        this.organisations = organisations;
        this.countryLabels = countryLabels;
        this.roles = roles;
        this.roleModifiers = roleModifiers;
        this.placeNouns = placeNouns;
        this.organisationHeads = organisationHeads;
        this.populations = populations;
        this.verbs = verbs;
        this.predicates = predicates;
        this.reportGenres = reportGenres;
        this.carrierHeads = carrierHeads;
        this.aircraftMakers = aircraftMakers;
        this.aircraftNouns = aircraftNouns;
        this.flightNouns = flightNouns;
        this.carryVerbs = ofClass(flightWords, "carry", "fly");
        this.flyVerbs = ofClass(flightWords, "fly");
        this.ministryDomains = ministryDomains;
        this.sourceNouns = sourceNouns;
        this.citizenshipNouns = citizenshipNouns;
        this.speechVerbs = byClass(SpeechClass.class, speechVerbs);
        this.returnWords = byClass(ReturnClass.class, returnWords.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> Set.of(e.getValue()))));
    }

    /** The lexicons shipped with Homeward. */
    static Lexicons standard() {
        return DEFAULT;
    }

    /** The speech verb forms that have {@code first} or any of {@code more} of their classes. */
    Set<String> speechVerbs(SpeechClass first, SpeechClass... more) {
        return union(speechVerbs, first, more);
    }

    /** The word forms of return-words.tsv in {@code first} or any of {@code more}. */
    Set<String> returnWords(ReturnClass first, ReturnClass... more) {
        return union(returnWords, first, more);
    }

    private static Set<String> ofClass(Map<String, String> classed, String... wordClasses) {
        Set<String> wanted = Set.of(wordClasses);
        return classed.entrySet().stream().filter(e -> wanted.contains(e.getValue())).map(Map.Entry::getKey)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The words of each class, gathered once: the finders of every document ask for them. */
    private static <C extends Enum<C>> Map<C, Set<String>> byClass(Class<C> type, Map<String, Set<C>> classes) {
        Map<C, Set<String>> words = new EnumMap<>(type);
        for (C c : type.getEnumConstants()) {
            words.put(c, classes.entrySet().stream().filter(e -> e.getValue().contains(c)).map(Map.Entry::getKey)
                    .collect(Collectors.toUnmodifiableSet()));
        }
        return words;
    }

    @SafeVarargs
    private static <C extends Enum<C>> Set<String> union(Map<C, Set<String>> words, C first, C... more) {
        if (more.length == 0) {
            return words.get(first);
        }
        Set<String> all = new HashSet<>(words.get(first));
        for (C c : more) {
            all.addAll(words.get(c));
        }
        return Set.copyOf(all);
    }

    private static Lexicons load() {
        Gazetteer.Builder<CountryName> countries = Gazetteer.builder();
        Map<String, String> labels = new HashMap<>();
        for (String[] row : rows("countries.tsv")) {
            String iso = row[0];
            labels.put(iso, row[1]);
            countries.add(row[1], new CountryName(iso, row[1], CountryForm.NAME));
            addAll(countries, column(row, 2), new CountryName(iso, row[1], CountryForm.NAME));
            addAll(countries, column(row, 3), new CountryName(iso, row[1], CountryForm.ADJECTIVE));
            addAll(countries, column(row, 4), new CountryName(iso, row[1], CountryForm.PLURAL));
        }
        Gazetteer.Builder<PlaceName> places = Gazetteer.builder();
        for (String[] row : rows("places.tsv")) {
            PlaceName place = new PlaceName(row[0], row[2], row[3]);
            places.add(row[0], place);
            addAll(places, column(row, 1), place);
        }
        Gazetteer.Builder<String> organisations = Gazetteer.builder();
        for (String[] row : rows("organisations.tsv")) {
            organisations.add(row[0], row[0]);
            addAll(organisations, column(row, 1), row[0]);
        }
        return new Lexicons(countries.build(), places.build(), organisations.build(), Map.copyOf(labels),
                words("roles.txt"), words("role-modifiers.txt"), words("place-nouns.txt"),
                words("organisation-heads.txt"), pairs("populations.tsv"), pairs("verbs.tsv"),
                parseClassed("predicates.tsv", lines("predicates.tsv"), PREDICATE_CLASSES), words("report-genres.txt"),
                words("carrier-heads.txt"), words("aircraft-makers.txt"), words("aircraft-nouns.txt"),
                words("flight-nouns.txt"), parseClassed(FLIGHT_WORDS, lines(FLIGHT_WORDS), FLIGHT_WORD_CLASSES),
                words("ministry-domains.txt"), words("source-nouns.txt"), words("citizenship-nouns.txt"),
                parseSpeechVerbs(SPEECH_VERBS, lines(SPEECH_VERBS)), parseReturnWords(RETURN_WORDS, lines(RETURN_WORDS)));
    }

    /** Return word forms and their class from the lines of {@code file}; see {@link #parseClassed}. */
    static Map<String, ReturnClass> parseReturnWords(String file, List<String> lines) {
        Map<String, ReturnClass> bySlug = new HashMap<>();
        for (ReturnClass c : ReturnClass.values()) {
            bySlug.put(c.slug(), c);
        }
        Map<String, ReturnClass> forms = new HashMap<>();
        parseClassed(file, lines, bySlug.keySet()).forEach((form, slug) -> forms.put(form, bySlug.get(slug)));
        return Map.copyOf(forms);
    }

    /**
     * Words and their one class from the lines of {@code file}; a word not in lower case or given twice, or a
     * class outside {@code classes}, is an error naming the line.
     */
    static Map<String, String> parseClassed(String file, List<String> lines, Set<String> classes) {
        Map<String, String> words = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] row = line.split("\t", -1);
            if (row.length != 2 || !isLowerCaseEntry(row[0])) {
                throw lineError(file, i, "expected a lower-case word, a tab and its class, not: " + line);
            }
            if (!classes.contains(row[1])) {
                throw lineError(file, i, "unknown class '" + row[1] + "' of " + row[0] + "; the classes are "
                        + new TreeSet<>(classes));
            }
            if (words.put(row[0], row[1]) != null) {
                throw lineError(file, i, row[0] + " is given a second time");
            }
        }
        return Map.copyOf(words);
    }

    /** The entries of a word list, one a line; an entry not in lower case or given twice is an error naming the line. */
    static Set<String> parseWords(String file, List<String> lines) {
        Set<String> words = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (!isLowerCaseEntry(line) || line.contains("\t")) {
                throw lineError(file, i, "expected one lower-case entry, not: " + line);
            }
            if (!words.add(line)) {
                throw lineError(file, i, line + " is given a second time");
            }
        }
        return Set.copyOf(words);
    }

    private static boolean isLowerCaseEntry(String entry) {
        return !entry.isBlank() && entry.equals(entry.strip().toLowerCase(Locale.ROOT));
    }

    /**
     * Speech verb forms and their classes from the lines of {@code file}; a form not in lower case or given
     * twice, an unknown class, or two ways of finding the source is an error naming the line.
     */
    static Map<String, Set<SpeechClass>> parseSpeechVerbs(String file, List<String> lines) {
        Map<String, Set<SpeechClass>> forms = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] row = line.split("\t", -1);
            String form = row[0];
            if (row.length != 2 || !isLowerCaseEntry(form)) {
                throw lineError(file, i, "expected a lower-case form, a tab and its classes, not: " + line);
            }
            if (forms.put(form, speechClasses(file, i, form, row[1])) != null) {
                throw lineError(file, i, form + " is given a second time");
            }
        }
        return Map.copyOf(forms);
    }

    private static Set<SpeechClass> speechClasses(String file, int index, String form, String column) {
        Map<String, SpeechClass> bySlug = new HashMap<>();
        for (SpeechClass c : SpeechClass.values()) {
            bySlug.put(c.slug(), c);
        }
        Set<SpeechClass> classes = EnumSet.noneOf(SpeechClass.class);
        for (String slug : column.split("\\|", -1)) {
            SpeechClass c = bySlug.get(slug.strip());
            if (c == null) {
                throw lineError(file, index, "unknown class '" + slug + "' of " + form + "; the classes are "
                        + new TreeSet<>(bySlug.keySet()));
            }
            classes.add(c);
        }
        if (classes.stream().filter(SOURCE_CLASSES::contains).count() > 1) {
            throw lineError(file, index, form + " has more than one of the classes cue, by-cue, data-cue, main-clause-cue");
        }
        return Set.copyOf(classes);
    }

    private static IllegalArgumentException lineError(String file, int index, String problem) {
        return new IllegalArgumentException("HW-E100 lexicon " + file + " line " + (index + 1) + ": " + problem);
    }

    private static <T> void addAll(Gazetteer.Builder<T> gazetteer, String forms, T value) {
        if (forms.isEmpty()) {
            return;
        }
        for (String form : forms.split("\\|")) {
            gazetteer.add(form.strip(), value);
        }
    }

    private static String column(String[] row, int i) {
        return i < row.length ? row[i].strip() : "";
    }

    private static Set<String> words(String file) {
        return parseWords(file, lines(file));
    }

    private static Map<String, String> pairs(String file) {
        Map<String, String> map = new HashMap<>();
        for (String[] row : rows(file)) {
            map.put(row[0].toLowerCase(Locale.ROOT), row[1]);
        }
        return Map.copyOf(map);
    }

    private static List<String[]> rows(String file) {
        List<String[]> rows = new ArrayList<>();
        for (String line : lines(file)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                rows.add(line.split("\t", -1));
            }
        }
        return rows;
    }

    private static List<String> lines(String file) {
        try (InputStream in = Lexicons.class.getResourceAsStream(DIR + file)) {
            if (in == null) {
                throw new IllegalStateException("HW-E100 lexicon " + file + " is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> lines = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lines.add(line);
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException("HW-E100 lexicon " + file + " cannot be read", e);
        }
    }
}
