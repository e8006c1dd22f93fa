package org.homeward.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.homeward.build.BuildManifest;
import org.homeward.io.DocumentSource;
import org.homeward.io.FileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading refuses what is not a finished partitioned build, and a database that holds data already. */
class PartitionedLoadTest {

    @TempDir
    Path dir;

    @Test
    void aDirectoryWithoutAManifestIsNotLoaded() {
        FileException e = assertThrows(FileException.class,
                () -> PartitionedLoad.load(dir, dir.resolve("data/tdb2")));

        assertTrue(e.getMessage().startsWith("HW-E134 "), e.getMessage());
    }

    @Test
    void aDatabaseThatHoldsDataIsNeverReplaced() throws Exception {
        Path database = dir.resolve("data/tdb2");
        BulkLoad.build(Fixtures.build(), DocumentSource.read(Fixtures.SEEDS), database);
        Files.write(dir.resolve(BuildManifest.FILE), BuildManifest.of("in", "Homeward test", "1", List.of()).toJson());

        FileException e = assertThrows(FileException.class, () -> PartitionedLoad.load(dir, database));

        assertTrue(e.getMessage().startsWith("HW-E136 "), e.getMessage());
        try (GraphStore store = GraphStore.openExisting(database)) {
            assertEquals(3, store.documentCount());
        }
    }

    @Test
    void theManifestReadsBackAsWritten() throws Exception {
        BuildManifest.Partition partition = new BuildManifest.Partition(0, "part-00000.nq.gz", 2, 900,
                List.of("HW-E006 a.txt: text is not valid UTF-8"), List.of());
        BuildManifest manifest = BuildManifest.of("corpus", "Homeward test", "1.1.0", List.of(partition));

        assertEquals(manifest, BuildManifest.fromJson(manifest.toJson()));
        assertEquals("documents=2 failed=1 quads=900 partitions=1", manifest.summary());
    }
}
