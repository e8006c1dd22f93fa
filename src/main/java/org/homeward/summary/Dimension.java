package org.homeward.summary;

import org.apache.jena.graph.Node;
import org.homeward.map.ResourceIris;
import org.homeward.vocab.HWT;

/** What the counts of the summary graph are kept by: each a Data Cube data set with one dimension. */
public enum Dimension {
    /** Statistics by destination country. */
    DESTINATION("destination", "returns-by-destination", HWT.destination),
    /** Statistics by origin country. */
    ORIGIN("origin", "returns-by-origin", HWT.origin),
    /** Statistics by population group. */
    POPULATION("population", "returns-by-population", HWT.population),
    /** Statistics by kind. */
    KIND("kind", "returns-by-kind", HWT.kind),
    /** Statistics by month of publication. */
    MONTH("month", "returns-by-month", HWT.month),
    /** Persons, with the articles that name them and how often. */
    PERSON("person", "persons", HWT.person);

    private final String slug;
    private final Node dataset;
    private final Node property;

    Dimension(String slug, String dataset, Node property) {
        this.slug = slug;
        this.dataset = ResourceIris.countDataset(dataset);
        this.property = property;
    }

    /** The data set its counts belong to. */
    public Node dataset() {
        return dataset;
    }

    /** The dimension property, which the rows use too. */
    public Node property() {
        return property;
    }

    /** The observation of one value: {@code count/{dimension}/{last segment of the value}}. */
    public Node observation(Node value) {
        String text = value.isURI() ? value.getURI() : value.getLiteralLexicalForm();
        return ResourceIris.count(slug, text.substring(text.lastIndexOf('/') + 1));
    }
}
