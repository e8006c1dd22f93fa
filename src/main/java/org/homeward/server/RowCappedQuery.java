package org.homeward.server;

import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The SPARQL query service with a cap on the results of queries without the token: their LIMIT is lowered
 * to the cap, and the response says so in a {@value #HEADER} header.
 */
final class RowCappedQuery extends SPARQL_QueryDataset {

    /** The response header that tells a client its results were capped, and at how many. */
    static final String HEADER = "Homeward-Row-Limit";

    private final long maxRows;

    RowCappedQuery(long maxRows) {
        this.maxRows = maxRows;
    }

    @Override
    protected Pair<DatasetGraph, Query> decideDataset(HttpAction action, Query query, String queryStringLog) {
        Pair<DatasetGraph, Query> decided = super.decideDataset(action, query, queryStringLog);
        Query chosen = decided.getRight() == null ? query : decided.getRight();
        if (isAuthenticated(action) || !returnsRows(chosen) || hasLimitWithin(chosen)) {
            return decided;
        }
        Query capped = chosen.cloneQuery();
        capped.setLimit(maxRows);
        action.getResponse().setHeader(HEADER, Long.toString(maxRows));
        return Pair.create(decided.getLeft(), capped);
    }

    private static boolean isAuthenticated(HttpAction action) {
        return Boolean.TRUE.equals(action.getRequest().getAttribute(AccessControl.AUTHENTICATED));
    }

    private static boolean returnsRows(Query query) {
        return query.isSelectType() || query.isConstructType() || query.isDescribeType();
    }

    private boolean hasLimitWithin(Query query) {
        return query.hasLimit() && query.getLimit() <= maxRows;
    }
}
