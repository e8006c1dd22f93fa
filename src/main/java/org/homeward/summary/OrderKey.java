package org.homeward.summary;

import java.time.LocalDate;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The stable order of report rows as one number: newest article first (by publication day; undated articles
 * last), then by article (a hash of its text's digest), then by place in the text. A number rather than the
 * three values, because a report sorts every row before it can give its first page, and TDB2 keeps a
 * {@code xsd:long} of up to 56 bits inside its index entries, so comparing two costs no dictionary look-up.
 */
final class OrderKey {

    private static final int DAY_BITS = 16;
    private static final int ARTICLE_BITS = 20;
    private static final int POSITION_BITS = 19;
    private static final long LAST_DAY = (1L << DAY_BITS) - 1;

    private OrderKey() {}

    /** The key of a row at {@code position} in the article with text digest {@code sha256}, published then. */
    static Node of(Optional<LocalDate> published, String sha256, int position) {
        long dayRank = published.map(day -> LAST_DAY - Math.max(0, Math.min(LAST_DAY - 1, day.toEpochDay())))
                .orElse(LAST_DAY);
        long article = Long.parseLong(sha256.substring(0, ARTICLE_BITS / 4), 16);
        long place = Math.min(Math.max(position, 0), (1L << POSITION_BITS) - 1);
        long key = (dayRank << (ARTICLE_BITS + POSITION_BITS)) | (article << POSITION_BITS) | place;
        return NodeFactory.createLiteralDT(Long.toString(key), XSDDatatype.XSDlong);
    }
}
