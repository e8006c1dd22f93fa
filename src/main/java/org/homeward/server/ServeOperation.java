package org.homeward.server;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.homeward.build.BuildOperation;
import org.homeward.build.BuildReport;
import org.homeward.io.DocumentSource;
import org.homeward.io.FileException;
import org.homeward.store.BulkLoad;
import org.homeward.store.FillMark;
import org.homeward.store.GraphStore;
import org.homeward.store.Ingestion;
import org.homeward.store.SummaryMark;

/**
 * What {@code homeward serve} does: opens the database under {@code data} (or a temporary one), fills it
 * from {@code input} if it was never filled, and starts the server on it. A database on disk is filled from
 * documents through Jena's bulk loader ({@link BulkLoad}); a dump, or a temporary database, in one transaction.
 * A later start on the same data opens the database as it is, without extracting again, even if it has been
 * emptied since ({@link FillMark}); a summary graph an older version wrote in another layout is first rebuilt
 * ({@link SummaryMark}).
 */
public final class ServeOperation {

    /** The database's directory under the data directory. */
    public static final String DATABASE = "tdb2";
    /** Fuseki's run area under the data directory. */
    public static final String RUN_AREA = "run";

    private final BuildOperation build;
    private final boolean updatesSummary;

    /** Serves what {@code build} extracts. */
    public ServeOperation(BuildOperation build) {
        this(build, true);
    }

    private ServeOperation(BuildOperation build, boolean updatesSummary) {
        this.build = Objects.requireNonNull(build, "build");
        this.updatesSummary = updatesSummary;
    }

    /**
     * Serves what {@code build} extracts, but a database on disk as found, even its summary if an older version
     * wrote it: for benches, which only read, and must not change the database they measure.
     */
    public static ServeOperation asFound(BuildOperation build) {
        return new ServeOperation(build, false);
    }

    /**
     * How to serve.
     *
     * @param input the documents (or an N-Quads or TriG dump) to fill an empty database from
     * @param data the data directory: the database in {@value #DATABASE}, Fuseki's run area in {@value #RUN_AREA}
     * @param temporary whether to build a temporary database instead, deleted when the server stops
     * @param host the interface to listen on
     * @param port the port, 0 for any free one
     * @param token the bearer token for the write endpoints, if any
     * @param limits timeouts and caps
     * @param allowedHosts host names, besides localhost, IP addresses and {@code host}, that writes may be sent to
     */
    public record Settings(Path input, Path data, boolean temporary, String host, int port,
            Optional<AccessToken> token, ServerLimits limits, Set<String> allowedHosts) {

        /** Settings that allow writes to no other host name than localhost, IP addresses and {@code host}. */
        public Settings(Path input, Path data, boolean temporary, String host, int port, Optional<AccessToken> token,
                ServerLimits limits) {
            this(input, data, temporary, host, port, token, limits, Set.of());
        }
    }

    /** Opens or fills the database and starts serving it; the caller stops it by closing the result. */
    public Serving start(Settings settings) throws FileException, ServerStartException {
        Path database = settings.data().resolve(DATABASE);
        Serving.Startup bulk = settings.temporary() || Ingestion.isDump(settings.input()) || GraphStore.exists(database)
                ? null
                : Serving.Startup.built(BulkLoad.build(build, DocumentSource.read(settings.input()), database));
        GraphStore store = settings.temporary() ? GraphStore.temporary() : GraphStore.open(database);
        try {
            Ingestion ingestion = new Ingestion(build, store);
            Serving.Startup startup = bulk != null ? marked(bulk, database, settings)
                    : settings.temporary() ? fill(ingestion, settings.input()) : fillOnce(ingestion, settings);
            HomewardServer server = HomewardServer.builder()
                    .ingestion(ingestion)
                    .runArea(settings.data().resolve(RUN_AREA))
                    .host(settings.host())
                    .port(settings.port())
                    .token(settings.token())
                    .limits(settings.limits())
                    .allowedHosts(settings.allowedHosts())
                    .build();
            return new Serving(listen(server, settings), store, startup);
        } catch (FileException | ServerStartException | RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /** A database the bulk loader just built is filled: record it, so that emptying it later sticks. */
    private static Serving.Startup marked(Serving.Startup bulk, Path database, Settings settings) throws FileException {
        FillMark.set(database, settings.input().toString());
        return bulk;
    }

    /** Fills the database on disk only if it was never filled, and records that it now is. */
    private Serving.Startup fillOnce(Ingestion ingestion, Settings settings) throws FileException {
        Path database = settings.data().resolve(DATABASE);
        if (updatesSummary) {
            SummaryMark.bringUpToDate(ingestion.store(), database);
        }
        if (FillMark.isSet(database) && ingestion.store().isEmpty()) {
            return Serving.Startup.opened(0);
        }
        Serving.Startup startup = fill(ingestion, settings.input());
        if (!FillMark.isSet(database)) {
            FillMark.set(database, startup.kind() == Serving.Startup.Kind.OPENED ? "an earlier start"
                    : settings.input().toString());
        }
        return startup;
    }

    private Serving.Startup fill(Ingestion ingestion, Path input) throws FileException {
        if (!ingestion.store().isEmpty()) {
            return Serving.Startup.opened(Math.toIntExact(ingestion.store().documentCount()));
        }
        if (Ingestion.isDump(input)) {
            return Serving.Startup.restored(ingestion.restore(input));
        }
        BuildReport report = ingestion.buildAll(DocumentSource.read(input));
        return Serving.Startup.built(report);
    }

    private static HomewardServer listen(HomewardServer server, Settings settings) throws ServerStartException {
        try {
            return server.start();
        } catch (RuntimeException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new ServerStartException("HW-E053 cannot listen on " + settings.host() + ":" + settings.port()
                    + ": " + cause.getMessage(), e);
        }
    }
}
