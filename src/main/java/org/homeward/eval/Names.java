package org.homeward.eval;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How the scorer compares names: ignoring case, punctuation, a possessive and a leading "the", on whole words.
 * An acronym matches its expansion only through the gold's own list of an organisation's forms.
 */
final class Names {

    private final List<Gold.Organisation> organisations;

    Names(List<Gold.Organisation> organisations) {
        this.organisations = organisations;
    }

    /** Whether any predicted form names what any of the expected name's forms names. */
    boolean matches(String expected, Set<String> predicted) {
        List<String> forms = formsOf(expected);
        return predicted.stream().anyMatch(p -> forms.stream().anyMatch(e -> sameWords(e, p)));
    }

    /** The gold forms of a name: its organisation's forms when the gold lists it with aliases, else itself. */
    List<String> formsOf(String name) {
        String normal = normal(name);
        return organisations.stream().map(Gold.Organisation::forms)
                .filter(forms -> forms.stream().anyMatch(form -> normal(form).equals(normal)))
                .findFirst().orElse(List.of(name));
    }

    /** Names match when one's words appear, whole and in order, among the other's. */
    static boolean sameWords(String expected, String actual) {
        List<String> e = words(expected);
        List<String> a = words(actual);
        if (e.isEmpty() || a.isEmpty()) {
            return false;
        }
        return e.size() >= a.size() ? Collections.indexOfSubList(e, a) >= 0 : Collections.indexOfSubList(a, e) >= 0;
    }

    /** Names are the same when their words are, one for one. */
    static boolean sameName(String expected, String actual) {
        List<String> e = words(expected);
        return !e.isEmpty() && e.equals(words(actual));
    }

    static String normal(String name) {
        return String.join(" ", words(name));
    }

    private static List<String> words(String name) {
        String n = name.toLowerCase(Locale.ROOT).replaceAll("['’]s\\b", "").replaceAll("['’]", "")
                .replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        List<String> words = n.isEmpty() ? List.of() : Arrays.asList(n.split(" "));
        return !words.isEmpty() && words.get(0).equals("the") ? words.subList(1, words.size()) : words;
    }
}
