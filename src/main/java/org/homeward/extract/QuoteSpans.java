package org.homeward.extract;

import java.util.ArrayList;
import java.util.List;
import org.homeward.model.Span;

/** Finds quotations: text between straight double quotes, or between curly opening and closing quotes. */
final class QuoteSpans {

    private QuoteSpans() {}

    /** The quotations of the text, quote marks included, paragraph by paragraph. */
    static List<Span> find(String text) {
        List<Span> quotes = new ArrayList<>();
        int open = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                open = -1;
            } else if (c == '“' || (c == '"' && open < 0)) {
                open = i;
            } else if ((c == '”' || c == '"') && open >= 0) {
                quotes.add(Span.of(text, open, i + 1));
                open = -1;
            }
        }
        return quotes;
    }
}
