package org.homeward.server;

import java.time.Duration;
import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;

/**
 * The SPARQL query service with a cap on the results of queries without the token: their LIMIT is lowered
 * to the cap, and the response says so in a {@value #HEADER} header. Each execution is watched by a
 * {@link QueryWatch}, so that its timeout holds.
 */
final class RowCappedQuery extends SPARQL_QueryDataset {

    /** The response header that tells a client its results were capped, and at how many. */
    static final String HEADER = "Homeward-Row-Limit";

    private static final String WATCH = "org.homeward.queryWatch";

    private final long maxRows;
    private final Duration timeout;

    RowCappedQuery(long maxRows, Duration timeout) {
        this.maxRows = maxRows;
        this.timeout = timeout;
    }

    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
        QueryWatch watch = new QueryWatch(action, timeout);
        action.getRequest().setAttribute(WATCH, watch);
        return watch.watch(super.createQueryExec(action, query, dataset));
    }

    @Override
    protected QueryExecResult executeQuery(HttpAction action, QueryExec execution, Query query, String log) {
        try {
            return super.executeQuery(action, execution, query, log);
        } catch (RuntimeException e) {
            throw watch(action).asTimeout(e);
        }
    }

    @Override
    protected void sendResults(HttpAction action, QueryExecResult result, Prologue prologue) {
        QueryWatch watch = watch(action);
        try {
            super.sendResults(action, result.isRowSet() ? new QueryExecResult(watch.watch(result.rowSet())) : result,
                    prologue);
        } finally {
            watch.stop();
        }
    }

    private static QueryWatch watch(HttpAction action) {
        return (QueryWatch) action.getRequest().getAttribute(WATCH);
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
