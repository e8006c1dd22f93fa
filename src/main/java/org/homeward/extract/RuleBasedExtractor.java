package org.homeward.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.homeward.model.Article;
import org.homeward.model.Attribution;
import org.homeward.model.Document;
import org.homeward.model.DocumentAnnotations;
import org.homeward.model.EntityType;
import org.homeward.model.Mention;
import org.homeward.model.Flight;
import org.homeward.model.ReturnStatistic;
import org.homeward.model.Span;

/**
 * The rule-based extractor: reads the layout, splits sentences, finds entities and speakers, then return
 * statistics and flights, sentence by sentence. Every rule is general (lexicons of countries, roles,
 * population nouns and verbs); none knows any particular article.
 */
public final class RuleBasedExtractor implements Extractor {

    /** The version of the extraction rules. */
    public static final String VERSION = "1.1.0";

    private final Lexicons lexicons;
    private final EntityFinder entities;
    private final ArticleReader articles;
    private final ParsedEventReader parsedEvents;
    private final Supplier<SentenceParser> parser;

    /** An extractor with the lexicons and rules shipped with Homeward, with this JVM's CoreNLP models. */
    public RuleBasedExtractor() {
        this(Lexicons.standard(), CoreNlpParser::shared, CoreNlpNameTagger::shared);
    }

    /**
     * An extractor with these lexicons; {@code parser} and {@code names} are asked for only when a sentence
     * needs a parse or holds a name no rule knows.
     */
    RuleBasedExtractor(Lexicons lexicons, Supplier<SentenceParser> parser, Supplier<NameTagger> names) {
        this.lexicons = lexicons;
        this.entities = new EntityFinder(lexicons, names);
        this.articles = new ArticleReader(lexicons);
        this.parsedEvents = new ParsedEventReader(EventRules.standard(lexicons.predicates), lexicons.predicates);
        this.parser = parser;
    }

    @Override
    public String version() {
        return VERSION;
    }

    @Override
    public DocumentAnnotations extract(Document document) {
        String text = document.text();
        Layout layout = LayoutReader.read(text, lexicons.reportGenres);
        EntityTable table = new EntityTable(text, lexicons);
        Article article = articles.read(document, layout, table);
        List<Sentence> sentences = reporting(SentenceSplitter.split(text), layout, article.datelinePlace() != null);
        List<String> warnings = Readability.warnings(document, sentences, lexicons);
        if (!warnings.isEmpty()) {
            return annotations(article, table, List.of(), List.of(), List.of(), layout, warnings);
        }
        List<List<EntityMatch>> matches = entities.find(sentences, table);
        List<Attribution> speakers = new AttributionFinder(lexicons, text, sentences, matches, table).find();
        LocalDate published = publicationDate(article);
        String datelineCountry = datelineCountry(article, table);
        DocumentFigures figures = new DocumentFigures(datelineCountry != null ? datelineCountry
                : letterheadCountry(text, table));
        Routes routes = new Routes(lexicons, table, figures);
        StatisticFinder statisticFinder = new StatisticFinder(lexicons, parsedEvents, figures, routes, text);
        FlightFinder flightFinder = new FlightFinder(lexicons, routes, text);
        List<ReturnStatistic> statistics = new ArrayList<>();
        List<Flight> flights = new ArrayList<>();
        for (Sentence s : sentences) {
            SentenceFacts facts = new SentenceFacts(s, matches.get(s.index()), NumberReader.read(s.tokens()),
                    TimeResolver.find(text, s.start(), s.end(), published), speakers.get(s.index()),
                    once(() -> parser.get().parse(s.tokens())));
            int sentence = s.index();
            List<ReturnStatistic> found = statisticFinder.find(facts);
            statistics.addAll(found);
            List<Flight> counted = flightFinder.aggregated(facts);
            flights.addAll(counted);
            if (counted.isEmpty()) {
                Optional<Flight> single = flightFinder.single(facts, found,
                        nationality -> figures.latestTotal(sentence, nationality));
                single.ifPresent(f -> addSingle(flights, f, text));
                single.filter(f -> f.provenance().rule().equals(FlightFinder.STATED_PASSENGERS))
                        .flatMap(f -> statisticFinder.carried(facts, f, found)).ifPresent(statistics::add);
            }
        }
        statistics.addAll(new TableFigures(lexicons, text).read(statistics));
        statistics = PrevailingRoute.fill(FlightRoute.fill(statistics, flights), figures::awaits, settingCountry(table),
                headlineRoute(text, sentences, matches, table));
        List<Attribution> attributions = distinct(speakers);
        Optional<Attribution> issuer = Issuer.of(text, article.metadata().publisher(), layout, table,
                lexicons.reportGenres);
        if (issuer.isPresent()) {
            attributions.add(issuer.get());
            return annotations(article, table, Issuer.attribute(statistics, issuer.get()),
                    Issuer.attributeFlights(flights, issuer.get()), attributions, layout, warnings);
        }
        return annotations(article, table, statistics, flights, attributions, layout, warnings);
    }

    private static DocumentAnnotations annotations(Article article, EntityTable table, List<ReturnStatistic> statistics,
            List<Flight> flights, List<Attribution> attributions, Layout layout, List<String> warnings) {
        return new DocumentAnnotations(DocumentAnnotations.FORMAT, article, null, table.entities(), table.mentions(),
                statistics, flights, attributions, layout.excluded(), warnings);
    }

    /**
     * The sentences that report, with the tokens of page furniture, datelines and credit lines removed; a
     * dateline without an agency only when it names a known place ("UNHCR: More than…" is a speaker's).
     */
    private static List<Sentence> reporting(List<Sentence> sentences, Layout layout, boolean knownDatelinePlace) {
        List<Span> skipped = new ArrayList<>();
        layout.excluded().forEach(r -> skipped.add(r.span()));
        if (layout.dateline() != null && (layout.dateline().agency() != null || knownDatelinePlace)) {
            skipped.add(layout.dateline().span());
        }
        layout.credits().forEach(c -> skipped.add(c.span()));
        List<Sentence> kept = new ArrayList<>();
        for (Sentence s : sentences) {
            List<Token> tokens = s.tokens().stream()
                    .filter(t -> skipped.stream().noneMatch(span -> t.start() < span.end() && span.start() < t.end()))
                    .toList();
            if (!tokens.isEmpty()) {
                kept.add(new Sentence(kept.size(), s.paragraph(), tokens.get(0).start(),
                        tokens.get(tokens.size() - 1).end(), tokens));
            }
        }
        return kept;
    }

    /**
     * "The plane carried 94 people": a single flight with as many on board as one found before is that one told
     * again, and is kept once, where the report tells it rather than where a headline does, with what each
     * telling says of its route.
     */
    private static void addSingle(List<Flight> flights, Flight flight, String text) {
        for (int i = 0; i < flights.size(); i++) {
            Flight f = flights.get(i);
            if (flight.passengerCount() != null && f.flightCount() == null && f.passengerCount() != null
                    && f.passengerCount().compareTo(flight.passengerCount()) == 0) {
                if (isHeadline(f.evidence())) {
                    flights.set(i, flight.completedBy(f));
                } else {
                    Flight kept = f.completedBy(flight);
                    flights.set(i, consecutive(text, f.evidence(), flight.evidence())
                            ? kept.withEvidence(Span.of(text, f.evidence().start(), flight.evidence().end())) : kept);
                }
                return;
            }
        }
        flights.add(flight);
    }

    /** "A plane carrying 163 migrants landed … The aircraft, chartered from …": one telling in two sentences. */
    private static boolean consecutive(String text, Span first, Span second) {
        return first.end() <= second.start() && text.substring(first.end(), second.start()).isBlank();
    }

    /** The journey the document's headline names, if its first sentence is a headline. */
    private HeadlineRoute headlineRoute(String text, List<Sentence> sentences, List<List<EntityMatch>> matches,
            EntityTable table) {
        Sentence first = sentences.get(0);
        return first.paragraph() == 0 && isHeadline(Span.of(text, first.start(), first.end()))
                ? HeadlineRoute.read(first, matches.get(0), lexicons, table) : HeadlineRoute.NONE;
    }

    /** A sentence that ends in no full stop, question or exclamation mark, nor a closing quote, is a headline's. */
    private static boolean isHeadline(Span sentence) {
        char last = sentence.quote().charAt(sentence.quote().length() - 1);
        return ".!?\"'”’)".indexOf(last) < 0;
    }

    /** The value on first use, then the same value: a sentence is parsed at most once. */
    private static <T> Supplier<T> once(Supplier<T> compute) {
        return new Supplier<>() {
            private T value;

            @Override
            public T get() {
                if (value == null) {
                    value = compute.get();
                }
                return value;
            }
        };
    }

    /**
     * The country the dateline's place lies in, or is ("country/PK" for "QUETTA:"), when the story is set
     * there: the text names that country, or another of its places, besides the dateline. Not an agency's
     * seat that the story only passes through ("GENEVA — 3,000 Afghans returned").
     */
    private static String datelineCountry(Article article, EntityTable table) {
        String place = article.datelinePlace();
        String country = place == null ? null
                : table.get(place).map(e -> e.country() == null ? null : "country/" + e.country()).orElse(null);
        if (country == null) {
            return null;
        }
        long setThere = table.mentions().stream().map(Mention::entity).filter(key -> !key.equals(place))
                .filter(key -> key.equals(country) || table.get(key).map(e -> country.equals("country/" + e.country())
                        && e.type() == EntityType.PLACE).orElse(false))
                .count();
        return setThere > 0 ? country : null;
    }

    /**
     * The country of the office whose report this is, when its first line names the office and nothing else
     * ("UNHCR ETHIOPIA", "IOM Libya | FLASH UPDATE"): where the report is written from, as a dateline's place is.
     */
    private String letterheadCountry(String text, EntityTable table) {
        int lineEnd = text.indexOf('\n') < 0 ? text.length() : text.indexOf('\n');
        Optional<Mention> office = table.mentions().stream().filter(m -> m.span().start() == 0)
                .filter(m -> table.get(m.entity()).map(e -> e.type() == EntityType.ORGANISATION).orElse(false))
                .findFirst();
        if (office.isEmpty() || office.get().span().end() >= lineEnd) {
            return null;
        }
        String rest = text.substring(office.get().span().end(), lineEnd).split("\\|")[0];
        String name = rest.replaceFirst("^[\\s–-]+", "").strip();
        int start = office.get().span().end() + rest.indexOf(name);
        return lexicons.countries.lookupIgnoringCase(name).map(c -> {
            String key = table.country(c.iso2());
            table.mention(key, start, start + name.length());
            return key;
        }).orElse(null);
    }

    /**
     * The country the document is set in: the one it names, itself or by its places, in at least three of every
     * four mentions of a country.
     */
    private static Optional<String> settingCountry(EntityTable table) {
        List<String> named = table.mentions().stream().map(Mention::entity).map(table::get).flatMap(Optional::stream)
                .filter(e -> e.type() == EntityType.COUNTRY || e.type() == EntityType.PLACE && e.country() != null)
                .map(e -> e.type() == EntityType.COUNTRY ? e.key() : "country/" + e.country()).toList();
        Map<String, Long> mentions = named.stream().collect(Collectors.groupingBy(c -> c, Collectors.counting()));
        return mentions.entrySet().stream().filter(e -> e.getValue() * 4 >= named.size() * 3L)
                .map(Map.Entry::getKey).findFirst();
    }

    private static LocalDate publicationDate(Article article) {
        String published = article.metadata().published();
        return published != null && published.matches("\\d{4}-\\d{2}-\\d{2}") ? LocalDate.parse(published) : null;
    }

    private static List<Attribution> distinct(List<Attribution> bySentence) {
        Map<String, Attribution> byId = new LinkedHashMap<>();
        for (Attribution a : bySentence) {
            if (a != null) {
                byId.putIfAbsent(a.id(), a);
            }
        }
        return new ArrayList<>(byId.values());
    }
}
