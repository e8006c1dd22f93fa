package org.homeward.map;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.homeward.model.Article;
import org.homeward.model.ArticleMetadata;
import org.homeward.model.Attribution;
import org.homeward.model.Flight;
import org.homeward.model.Population;
import org.homeward.model.Qualifier;
import org.homeward.model.ReturnStatistic;
import org.homeward.model.Span;
import org.homeward.model.StatisticKind;

/**
 * The {@code rdfs:label} of each fact a document yields, for a person reading a graph tool or a list:
 * "40 children returned from Iraq to Tajikistan — Asia-Plus, 2021-03-09". Only what the annotations state goes
 * into a label; what is unknown is left out rather than filled in.
 */
public final class Labels {

    private static final int QUOTE_LENGTH = 80;

    private final DocumentIndex index;
    private final String source;

    private Labels(DocumentIndex index, String source) {
        this.index = index;
        this.source = source;
    }

    /** The labels of one document's facts, each ending with its publisher and date. */
    static Labels of(DocumentIndex index, Article article) {
        ArticleMetadata metadata = article.metadata() == null ? ArticleMetadata.UNKNOWN : article.metadata();
        String publisher = article.publisher() != null ? index.label(article.publisher()) : metadata.publisher();
        String by = join(", ", publisher == null ? article.identifier() : publisher, metadata.published());
        return new Labels(index, " — " + by);
    }

    /** The article: its title, or else its file name, with its publisher and date. */
    String article(Article article) {
        String title = article.metadata() == null ? null : article.metadata().title();
        return (title == null || title.isBlank() ? article.identifier() : title) + source;
    }

    /** "about 85 women returned from Syria and Iraq to Kosovo — Koha, 2021-07-14". */
    String statistic(ReturnStatistic statistic) {
        String figure = qualifier(statistic.qualifier()) + number(statistic.value()) + " "
                + population(statistic.population());
        return join(" ", figure, kind(statistic.kind()), route(statistic.origins(), statistic.destinations()))
                + source;
    }

    /** "Flight from Erbil to Dushanbe with 40 children — Asia-Plus, 2021-03-09", or "5 flights from Iraq…". */
    String flight(Flight flight) {
        BigDecimal flights = flight.flightCount();
        String what = flights == null || flights.compareTo(BigDecimal.ONE) == 0 ? "Flight" : number(flights) + " flights";
        List<String> from = flight.departurePlace() != null ? List.of(flight.departurePlace()) : flight.origins();
        List<String> to = flight.arrivalPlace() != null ? List.of(flight.arrivalPlace()) : flight.destinations();
        String carrying = flight.passengerCount() == null ? null
                : "with " + number(flight.passengerCount()) + " " + population(flight.population());
        return join(" ", what, route(from, to), carrying) + source;
    }

    /** "Jane Doe said — Asia-Plus, 2021-03-09". */
    String attribution(Attribution attribution) {
        String speaker = attribution.speaker() == null ? "Someone" : index.label(attribution.speaker());
        return join(" ", speaker, attribution.cue()) + source;
    }

    /** A quoted passage, shortened, with where it stands: "“In the past year, …” — 000_x.txt 204–341". */
    static String span(Span span, String document) {
        String quote = span.quote().strip().replaceAll("\\s+", " ");
        if (quote.length() > QUOTE_LENGTH) {
            quote = quote.substring(0, QUOTE_LENGTH).strip() + "…";
        }
        return "“" + quote + "” — " + document + " " + span.start() + "–" + span.end();
    }

    private String route(List<String> origins, List<String> destinations) {
        return join(" ", places("from", origins), places("to", destinations));
    }

    private String places(String preposition, List<String> keys) {
        if (keys.isEmpty()) {
            return null;
        }
        List<String> names = keys.stream().map(index::label).toList();
        String last = names.get(names.size() - 1);
        String list = names.size() == 1 ? last
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + last;
        return preposition + " " + list;
    }

    private static String qualifier(Qualifier qualifier) {
        if (qualifier == null || qualifier == Qualifier.EXACTLY) {
            return "";
        }
        return (qualifier == Qualifier.APPROXIMATELY ? "about" : qualifier.slug().replace('-', ' ')) + " ";
    }

    private static String population(Population population) {
        return (population == null ? Population.PEOPLE : population).slug().replace('-', ' ');
    }

    private static String kind(StatisticKind kind) {
        return kind == null ? null : kind.slug().replace('-', ' ');
    }

    /** A count with thousands separators, and a decimal as stated. */
    public static String number(BigDecimal value) {
        if (value == null) {
            return "an unknown number of";
        }
        BigDecimal plain = value.stripTrailingZeros();
        return plain.scale() <= 0 ? String.format(Locale.ENGLISH, "%,d", plain.toBigInteger()) : plain.toPlainString();
    }

    private static String join(String separator, String... parts) {
        return Arrays.stream(parts).filter(part -> part != null && !part.isBlank())
                .collect(Collectors.joining(separator));
    }
}
