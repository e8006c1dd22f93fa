package org.homeward.server;

import java.nio.file.Path;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.mgt.FusekiServerCtl;

/**
 * Puts the run area that Fuseki's admin module creates (configuration, backups, logs, templates) in a
 * directory of our choosing rather than {@code ./run}. The module reads its place only from
 * {@code FUSEKI_BASE}, as an environment variable or a system property, when the server is built; the
 * property is set for that moment and restored after, so nothing else sees it.
 */
final class RunArea {

    private static final Object LOCK = new Object();

    private RunArea() {}

    /** Builds the server with its run area in {@code directory}. */
    static FusekiServer build(FusekiServer.Builder builder, Path directory) {
        synchronized (LOCK) {
            String base = System.getProperty(FusekiServerCtl.envFusekiBase);
            String shiro = System.getProperty(FusekiServerCtl.envFusekiShiro);
            System.setProperty(FusekiServerCtl.envFusekiBase, directory.toAbsolutePath().toString());
            try {
                return builder.build();
            } finally {
                restore(FusekiServerCtl.envFusekiBase, base);
                // The admin module points this at the run area's shiro.ini; no Shiro module reads it here.
                restore(FusekiServerCtl.envFusekiShiro, shiro);
            }
        }
    }

    private static void restore(String property, String value) {
        if (value == null) {
            System.clearProperty(property);
        } else {
            System.setProperty(property, value);
        }
    }
}
