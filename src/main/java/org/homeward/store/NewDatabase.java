package org.homeward.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.homeward.io.FileException;
import org.homeward.io.FileTrees;

/**
 * Creates an empty TDB2 database so that it appears whole or not at all. TDB2 formats its files in place,
 * and a process killed while it does leaves index files of zeroed blocks that open but fail on the first
 * read ("No known block type"). Here the database is made and closed in a staging directory beside the
 * target, then moved into place in one rename; a staging directory left by a killed process is removed the
 * next time. The new database's empty summary is in this version's layout, and recorded as such
 * ({@link SummaryMark}).
 */
final class NewDatabase {

    private static final String STAGING = ".creating-";

    private NewDatabase() {}

    /** Creates an empty database in {@code directory}, which must not hold one; an empty directory is replaced. */
    static void create(Path directory) throws IOException, FileException {
        Path target = directory.toAbsolutePath();
        Path parent = Files.createDirectories(target.getParent());
        String prefix = target.getFileName() + STAGING;
        removeLeftovers(parent, prefix);
        Path staging = Files.createTempDirectory(parent, prefix);
        DatasetGraph created = DatabaseMgr.connectDatasetGraph(Location.create(staging));
        TDBInternal.expel(created);
        SummaryMark.set(staging);
        Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void removeLeftovers(Path parent, String prefix) throws IOException {
        List<Path> leftovers;
        try (Stream<Path> children = Files.list(parent)) {
            leftovers = children.filter(child -> child.getFileName().toString().startsWith(prefix)).toList();
        }
        for (Path leftover : leftovers) {
            FileTrees.delete(leftover);
        }
    }
}
