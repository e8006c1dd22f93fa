package org.homeward.corpus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The countries, personal names, organisations, outlets and official titles the corpus writes with,
 * read once from {@code vocabulary.tsv} on the classpath; immutable.
 */
final class Vocabulary {

    private static final String RESOURCE = "vocabulary.tsv";
    private static final Vocabulary STANDARD = load();

    private final List<Country> countries;
    private final Map<String, Country> byName;
    private final Map<String, NamePool> names;
    private final List<Organisation> organisations;
    private final List<Publisher> publishers;
    private final List<String> officials;

    private Vocabulary(List<Country> countries, Map<String, NamePool> names, List<Organisation> organisations,
            List<Publisher> publishers, List<String> officials) {
        this.countries = List.copyOf(countries);
        Map<String, Country> index = new HashMap<>();
        countries.forEach(c -> index.put(c.name(), c));
        this.byName = Map.copyOf(index);
        this.names = Map.copyOf(names);
        this.organisations = List.copyOf(organisations);
        this.publishers = List.copyOf(publishers);
        this.officials = List.copyOf(officials);
        check();
    }

    /** The vocabulary shipped with Homeward. */
    static Vocabulary standard() {
        return STANDARD;
    }

    /** The countries that play the role ("home" or "conflict"). */
    List<Country> countries(String role) {
        return countries.stream().filter(c -> c.is(role)).toList();
    }

    /** Every country. */
    List<Country> countries() {
        return countries;
    }

    /** The country of that name, as written mid-sentence. */
    Country country(String name) {
        return byName.get(name);
    }

    /** The personal names of the region. */
    NamePool names(String region) {
        return names.get(region);
    }

    List<Organisation> organisations() {
        return organisations;
    }

    List<Publisher> publishers() {
        return publishers;
    }

    /** The outlets that write datelines: news agencies, whom other outlets quote. */
    List<Publisher> agencies() {
        return publishers.stream().filter(p -> !p.tag().isEmpty()).toList();
    }

    /** Titles written before an official's name ("Foreign Minister"). */
    List<String> officials() {
        return officials;
    }

    /** A row that names a missing region or host is a mistake in the file, found on loading, not mid-corpus. */
    private void check() {
        for (Country c : countries) {
            if (!names.containsKey(c.region())) {
                throw new IllegalStateException(RESOURCE + ": country " + c.name() + " has unknown region " + c.region());
            }
            c.hosts().stream().filter(h -> !byName.containsKey(h)).findAny().ifPresent(h -> {
                throw new IllegalStateException(RESOURCE + ": country " + c.name() + " has unknown host " + h);
            });
        }
        if (countries("home").isEmpty() || countries("conflict").isEmpty() || publishers.isEmpty()
                || organisations.isEmpty() || officials.isEmpty()) {
            throw new IllegalStateException(RESOURCE + ": needs home and conflict countries, organisations,"
                    + " publishers and officials");
        }
    }

    private static Vocabulary load() {
        List<Country> countries = new ArrayList<>();
        Map<String, NamePool> names = new HashMap<>();
        List<Organisation> organisations = new ArrayList<>();
        List<Publisher> publishers = new ArrayList<>();
        List<String> officials = new ArrayList<>();
        for (String[] row : Resources.rows(RESOURCE)) {
            switch (row[0]) {
                case "country" -> countries.add(country(row));
                case "names" -> names.put(row[1], new NamePool(list(row, 2), list(row, 3), list(row, 4)));
                case "organisation" -> organisations.add(new Organisation(row[1], row[2], list(row, 3)));
                case "publisher" -> publishers.add(publisher(row));
                case "official" -> officials.add(row[1]);
                default -> throw new IllegalStateException(RESOURCE + ": unknown kind of row '" + row[0] + "'");
            }
        }
        return new Vocabulary(countries, names, organisations, publishers, officials);
    }

    private static Country country(String[] row) {
        return new Country(row[1], row[2], row[3], row[4], list(row, 5), list(row, 6), list(row, 7),
                new HashSet<>(list(row, 8)));
    }

    private static Publisher publisher(String[] row) {
        return new Publisher(row[1], row[2], Publisher.Dateline.valueOf(row[3].toUpperCase(Locale.ROOT)),
                Publisher.Credit.valueOf(row[4].toUpperCase(Locale.ROOT)));
    }

    /** The |-separated values of a column; an absent or empty column is an empty list. */
    private static List<String> list(String[] row, int column) {
        if (column >= row.length || row[column].isEmpty()) {
            return List.of();
        }
        return Arrays.asList(row[column].split("\\|"));
    }
}
