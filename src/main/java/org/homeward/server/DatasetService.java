package org.homeward.server;

import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.servlets.ActionProcessor;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.util.Context;
import org.homeward.store.Ingestion;

/**
 * The endpoints of the {@code /homeward} dataset, listed one by one rather than taken from Fuseki's
 * standard set, so that nothing writes unless it is one of the two token-guarded endpoints, and each with
 * Homeward's guarded processor.
 */
final class DatasetService {

    private DatasetService() {}

    /** The dataset's endpoints; the write ones only if there is a token to guard them. */
    static DataService of(Ingestion ingestion, boolean writable, ServerLimits limits) {
        Context context = safeContext(limits);
        RowCappedQuery query = new RowCappedQuery(limits.maxRows(), limits.queryTimeout());
        DataService.Builder service = DataService.newBuilder(ingestion.store().dataset())
                .addEndpoint(endpoint(Operation.Query, "sparql", query, context))
                .addEndpoint(endpoint(Operation.Query, "query", query, context))
                .addEndpoint(endpoint(Operation.GSP_R, "get",
                        new CappedGraphRead(limits.maxRows(), limits.queryTimeout()), context));
        if (writable) {
            service.addEndpoint(endpoint(Operation.Update, "update", new GuardedUpdate(), context))
                    .addEndpoint(endpoint(DocumentsService.OPERATION, "documents", new DocumentsService(ingestion),
                            context));
        }
        return service.build();
    }

    /**
     * Every query times out, none may call out to other endpoints with SERVICE, and regular expressions run
     * in linear time.
     */
    private static Context safeContext(ServerLimits limits) {
        Context context = new Context();
        context.set(ARQ.queryTimeout, Long.toString(limits.queryTimeout().toMillis()));
        context.set(ARQ.httpServiceAllowed, false);
        context.set(ARQConstants.sysOptimizerFactory, new LinearRegexRewrite());
        return context;
    }

    /** An endpoint; a null processor means Fuseki's standard one for the operation. */
    private static Endpoint endpoint(Operation operation, String name, ActionProcessor processor, Context context) {
        return Endpoint.create().operation(operation).endpointName(name).processor(processor).context(context)
                .build();
    }
}
