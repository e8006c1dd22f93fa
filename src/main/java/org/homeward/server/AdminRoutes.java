package org.homeward.server;

import java.util.Set;

/**
 * Which of Fuseki's admin routes ({@code /$/...}) Homeward offers, and to whom. Reading the server's state
 * (ping, stats, metrics, the server and dataset descriptions the UI shows) is open; backups, compaction and
 * their tasks need the token; creating, replacing or removing datasets, reloading and anything else under
 * {@code /$/} is not offered at all, token or not: Homeward serves the one dataset it builds, and a dataset
 * made over HTTP could open update, SERVICE or files to anyone.
 */
final class AdminRoutes {

    /** What a request to an admin route may do. */
    enum Access { OPEN, TOKEN, REFUSED }

    private static final Set<String> OPEN_TO_READ = Set.of("ping", "stats", "metrics", "server", "datasets");
    private static final Set<String> WITH_TOKEN = Set.of("backup", "backups", "backups-list", "compact", "tasks");

    private AdminRoutes() {}

    /** The access to {@code path} (under {@code /$/}) by a request that reads or writes. */
    static Access access(String path, boolean read) {
        String rest = path.substring(Routes.ADMIN.length());
        int slash = rest.indexOf('/');
        String name = slash < 0 ? rest : rest.substring(0, slash);
        if (read && OPEN_TO_READ.contains(name)) {
            return Access.OPEN;
        }
        return WITH_TOKEN.contains(name) ? Access.TOKEN : Access.REFUSED;
    }
}
