package org.homeward.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Finds known names in a token sequence, longest match first. Names are matched as written (case matters:
 * "US" the country, not "us" the pronoun); {@link #lookupIgnoringCase} serves all-capital datelines.
 *
 * @param <T> what a name stands for
 */
final class Gazetteer<T> {

    /** A name found at a token position: it covers tokens {@code from} (inclusive) to {@code to} (exclusive). */
    record Match<T>(int from, int to, T value) {}

    private record Entry<T>(List<String> tokens, T value) {}

    private final Map<String, List<Entry<T>>> byFirstToken;
    private final Map<String, T> byLowerCase;

    private Gazetteer(Map<String, List<Entry<T>>> byFirstToken, Map<String, T> byLowerCase) {
        this.byFirstToken = byFirstToken;
        this.byLowerCase = byLowerCase;
    }

    static <T> Builder<T> builder() {
        return new Builder<>();
    }

    /** The longest name starting at token {@code i}, if any. */
    Optional<Match<T>> matchAt(List<Token> tokens, int i) {
        for (Entry<T> entry : byFirstToken.getOrDefault(tokens.get(i).text(), List.of())) {
            if (matches(entry.tokens(), tokens, i) && !joinedToNext(tokens, i + entry.tokens().size())) {
                return Optional.of(new Match<>(i, i + entry.tokens().size(), entry.value()));
            }
        }
        return Optional.empty();
    }

    /** Every non-overlapping name in the tokens, left to right. */
    List<Match<T>> findAll(List<Token> tokens) {
        List<Match<T>> found = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Optional<Match<T>> match = matchAt(tokens, i);
            if (match.isPresent()) {
                found.add(match.get());
                i = match.get().to() - 1;
            }
        }
        return found;
    }

    /** The value of a whole name regardless of case ("OSLO"). */
    Optional<T> lookupIgnoringCase(String name) {
        return Optional.ofNullable(byLowerCase.get(name.toLowerCase(Locale.ROOT)));
    }

    /** "Jeddah-1" names a camp, not the city: a name glued by a hyphen to what follows is not the name. */
    private static boolean joinedToNext(List<Token> tokens, int next) {
        return next < tokens.size() && tokens.get(next).text().equals("-")
                && tokens.get(next).start() == tokens.get(next - 1).end();
    }

    private static boolean matches(List<String> name, List<Token> tokens, int i) {
        if (i + name.size() > tokens.size()) {
            return false;
        }
        for (int k = 0; k < name.size(); k++) {
            if (!tokens.get(i + k).text().equals(name.get(k))) {
                return false;
            }
        }
        return true;
    }

    /** Collects names; the longest of those sharing a first token is tried first. */
    static final class Builder<T> {
        private final Map<String, List<Entry<T>>> byFirstToken = new HashMap<>();
        private final Map<String, T> byLowerCase = new HashMap<>();

        Builder<T> add(String name, T value) {
            List<String> tokens = Tokenizer.tokenize(name, 0, name.length()).stream().map(Token::text).toList();
            if (!tokens.isEmpty()) {
                byFirstToken.computeIfAbsent(tokens.get(0), k -> new ArrayList<>()).add(new Entry<>(tokens, value));
                byLowerCase.putIfAbsent(name.toLowerCase(Locale.ROOT), value);
            }
            return this;
        }

        Gazetteer<T> build() {
            Map<String, List<Entry<T>>> sorted = new HashMap<>();
            byFirstToken.forEach((first, entries) -> {
                List<Entry<T>> copy = new ArrayList<>(entries);
                copy.sort(Comparator.comparingInt((Entry<T> e) -> e.tokens().size()).reversed());
                sorted.put(first, List.copyOf(copy));
            });
            return new Gazetteer<>(Map.copyOf(sorted), Map.copyOf(byLowerCase));
        }
    }
}
