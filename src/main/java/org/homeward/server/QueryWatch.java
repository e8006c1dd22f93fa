package org.homeward.server;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.core.Var;

/**
 * Makes a query's timeout hold. A watchdog aborts the execution again a second after the timeout, for the
 * operators that only look at the cancel flag now and then; a failure that surfaces once the time is up
 * (an operator that breaks on being cancelled) counts as the timeout it is, never as a server error; and
 * when results stop because of the timeout, the request is marked {@link Answers#CANCELLED}, so that the
 * answer becomes a 503 or, if it has begun, is cut off.
 */
final class QueryWatch {

    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "homeward-query-watchdog");
        thread.setDaemon(true);
        return thread;
    });
    private static final Duration GRACE = Duration.ofSeconds(1);

    private final HttpAction action;
    private final long deadline;
    private ScheduledFuture<?> watchdog;

    QueryWatch(HttpAction action, Duration timeout) {
        this.action = action;
        this.deadline = System.nanoTime() + timeout.toNanos();
    }

    /** Arms the watchdog over {@code execution}; it stands down when the execution is closed. */
    QueryExec watch(QueryExec execution) {
        long delay = deadline - System.nanoTime() + GRACE.toNanos();
        watchdog = WATCHDOG.schedule(execution::abort, Math.max(0, delay), TimeUnit.NANOSECONDS);
        return execution;
    }

    /** Stands the watchdog down. */
    void stop() {
        if (watchdog != null) {
            watchdog.cancel(false);
        }
    }

    /** {@code failure} as the timeout if the time is up, so that the client gets 503; else as it is. */
    RuntimeException asTimeout(RuntimeException failure) {
        if (failure instanceof QueryCancelledException || System.nanoTime() - deadline >= 0) {
            action.getRequest().setAttribute(Answers.CANCELLED, Boolean.TRUE);
            return failure instanceof QueryCancelledException ? failure : new QueryCancelledException();
        }
        return failure;
    }

    /** The rows, marking the request cancelled if they stop on the timeout. */
    RowSet watch(RowSet rows) {
        return new RowSet() {
            @Override
            public boolean hasNext() {
                try {
                    return rows.hasNext();
                } catch (RuntimeException e) {
                    throw asTimeout(e);
                }
            }

            @Override
            public Binding next() {
                try {
                    return rows.next();
                } catch (RuntimeException e) {
                    throw asTimeout(e);
                }
            }

            @Override
            public List<Var> getResultVars() {
                return rows.getResultVars();
            }

            @Override
            public long getRowNumber() {
                return rows.getRowNumber();
            }

            @Override
            public void close() {
                rows.close();
            }
        };
    }
}
