package org.homeward.extract;

import java.util.ArrayList;
import java.util.List;
import org.homeward.model.Article;
import org.homeward.model.ArticleMetadata;
import org.homeward.model.Document;
import org.homeward.model.InferredField;

/**
 * Describes the article: the sidecar's metadata, completed only by what the text itself shows — a leading
 * date line, the agency in a dateline, the outlet of a credit line — each recorded as inferred, with its
 * evidence. The dateline's place and the credited writers become entities.
 */
final class ArticleReader {

    private final Lexicons lexicons;

    ArticleReader(Lexicons lexicons) {
        this.lexicons = lexicons;
    }

    /** The article of a document, its entities recorded in the table. */
    Article read(Document document, Layout layout, EntityTable table) {
        String text = document.text();
        ArticleMetadata given = document.metadata();
        List<InferredField> inferred = new ArrayList<>();
        String published = given.published();
        if (published == null && layout.publishedLine() != null) {
            published = layout.publishedLine().value();
            inferred.add(new InferredField("published", published, layout.publishedLine().evidence()));
        }
        String publisher = given.publisher();
        Layout.Found agency = agency(layout);
        if (publisher == null && agency != null) {
            publisher = agency.value();
            inferred.add(new InferredField("publisher", publisher, agency.evidence()));
        }
        String publisherKey = publisher == null ? null : organisation(publisher, table);
        if (agency != null && layout.dateline() != null) {
            String agencyKey = organisation(agency.value(), table);
            table.mention(agencyKey, agency.evidence().start(), agency.evidence().end());
        }
        ArticleMetadata metadata = new ArticleMetadata(given.title(), publisher, published, given.url(), given.language());
        return new Article(document.identifier(), TextHash.sha256(text), text.length(), metadata, inferred,
                publisherKey, datelinePlace(layout, table), contributors(layout, table));
    }

    /** The agency a dateline or credit line names, its name completed from the lexicon ("AP"). */
    private Layout.Found agency(Layout layout) {
        if (layout.dateline() != null && layout.dateline().agency() != null) {
            Layout.Found found = layout.dateline().agency();
            return new Layout.Found(canonical(found.value()), found.evidence());
        }
        return layout.credits().stream()
                .filter(credit -> credit.outlet() != null)
                .map(credit -> new Layout.Found(canonical(credit.outlet().value()), credit.outlet().evidence()))
                .findFirst()
                .orElse(null);
    }

    private String canonical(String name) {
        return lexicons.organisations.lookupIgnoringCase(name).orElse(name);
    }

    private String organisation(String name, EntityTable table) {
        String label = canonical(name);
        return table.organisation(Slugs.of(label), label);
    }

    private String datelinePlace(Layout layout, EntityTable table) {
        if (layout.dateline() == null) {
            return null;
        }
        String name = layout.dateline().place();
        String key = lexicons.places.lookupIgnoringCase(name).map(table::place)
                .or(() -> lexicons.countries.lookupIgnoringCase(name).map(c -> table.country(c.iso2())))
                .orElse(null);
        if (key != null) {
            int start = layout.dateline().span().start();
            table.mention(key, start, start + name.length());
        }
        return key;
    }

    private List<String> contributors(Layout layout, EntityTable table) {
        List<String> keys = new ArrayList<>();
        for (Layout.Credit credit : layout.credits()) {
            String outlet = credit.outlet() == null ? null : organisation(credit.outlet().value(), table);
            if (outlet != null) {
                table.mention(outlet, credit.outlet().evidence().start(), credit.outlet().evidence().end());
            }
            for (Layout.Found writer : credit.writers()) {
                String key = table.person(writer.value(), credit.role(), outlet, null);
                table.mention(key, writer.evidence().start(), writer.evidence().end());
                keys.add(key);
            }
        }
        return keys;
    }
}
