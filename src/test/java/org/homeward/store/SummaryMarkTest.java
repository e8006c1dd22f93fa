package org.homeward.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import org.homeward.io.DocumentSource;
import org.homeward.io.FileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A database records the layout its summary was written in. */
class SummaryMarkTest {

    private static final OptionalInt CURRENT = OptionalInt.of(SummaryTable.LAYOUT);

    @TempDir
    Path dir;

    @Test
    void aNewDatabaseRecordsTheCurrentLayout() throws FileException {
        Path database = dir.resolve("tdb2");

        GraphStore.open(database).close();

        assertEquals(CURRENT, SummaryMark.recorded(database));
    }

    @Test
    void aDatabaseFilledInBulkRecordsTheCurrentLayout() throws FileException {
        Path database = dir.resolve("tdb2");

        BulkLoad.build(Fixtures.build(), DocumentSource.read(Fixtures.SEEDS), database);

        assertEquals(CURRENT, SummaryMark.recorded(database));
    }

    @Test
    void aRebuildRecordsTheCurrentLayout() throws IOException, FileException {
        Path database = seededDatabase();
        Files.writeString(database.resolve(SummaryMark.FILE), "0\n");

        try (GraphStore store = GraphStore.openExisting(database)) {
            assertEquals(3, SummaryMark.rebuild(store, database));
        }
        assertEquals(CURRENT, SummaryMark.recorded(database));
    }

    private Path seededDatabase() throws FileException {
        Path database = dir.resolve("tdb2");
        try (GraphStore store = GraphStore.open(database)) {
            new Ingestion(Fixtures.build(), store).buildAll(DocumentSource.read(Fixtures.SEEDS));
        }
        return database;
    }
}
