package org.homeward.summary;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The stable order of report rows as one number: newest article first (by publication day; undated articles
 * last), then by article (a hash of its text's digest), then by place in the text; and for persons, by name. A
 * number rather than the values it orders, because a report would sort every row before it could give its first
 * page, whereas TDB2 keeps a {@code xsd:long} of up to 56 bits inside its index entries, sorted by value, so a
 * page reads its rows from the index in order.
 */
final class OrderKey {

    private static final int DAY_BITS = 16;
    private static final int ARTICLE_BITS = 20;
    private static final int POSITION_BITS = 19;
    private static final long LAST_DAY = (1L << DAY_BITS) - 1;
    /** A name's letters, a to z, and 0 for anything else: 27 symbols, of which 11 fit in 53 bits. */
    private static final int NAME_SYMBOLS = 27;
    private static final int NAME_LETTERS = 11;
    private static final int NAME_TIE_BITS = 2;

    private OrderKey() {}

    /** The key of a row at {@code position} in the article with text digest {@code sha256}, published then. */
    static Node of(Optional<LocalDate> published, String sha256, int position) {
        long dayRank = published.map(day -> LAST_DAY - Math.max(0, Math.min(LAST_DAY - 1, day.toEpochDay())))
                .orElse(LAST_DAY);
        long article = Long.parseLong(sha256.substring(0, ARTICLE_BITS / 4), 16);
        long place = Math.min(Math.max(position, 0), (1L << POSITION_BITS) - 1);
        long key = (dayRank << (ARTICLE_BITS + POSITION_BITS)) | (article << POSITION_BITS) | place;
        return literal(key);
    }

    /**
     * The key of a person by name: the name's first 11 letters, accents and case set aside and anything but a
     * letter counted as a space, in alphabetical order; then two bits of the person's IRI, so that two persons
     * whose names agree that far seldom share a key.
     */
    static Node ofName(String name, Node person) {
        String letters = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        long key = 0;
        for (int i = 0; i < NAME_LETTERS; i++) {
            char c = i < letters.length() ? letters.charAt(i) : ' ';
            key = key * NAME_SYMBOLS + (c >= 'a' && c <= 'z' ? c - 'a' + 1 : 0);
        }
        long tie = person.getURI().hashCode() & ((1 << NAME_TIE_BITS) - 1);
        return literal((key << NAME_TIE_BITS) | tie);
    }

    private static Node literal(long key) {
        return NodeFactory.createLiteralDT(Long.toString(key), XSDDatatype.XSDlong);
    }
}
