package org.homeward.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import org.homeward.io.DocumentSource;
import org.homeward.io.FileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A database records the layout of its summary, and one an older version summarised is summarised anew, once. */
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

    @ParameterizedTest(name = "record: \"{0}\"")
    @ValueSource(strings = {"none", "0", "not a layout"})
    void aSummaryOfAnotherLayoutIsRebuiltAndThenRecordsTheCurrentOne(String record) throws IOException, FileException {
        Path database = seededDatabase();
        Path mark = database.resolve(SummaryMark.FILE);
        Files.delete(mark);
        if (!record.equals("none")) {
            Files.writeString(mark, record + "\n");
        }

        try (GraphStore store = GraphStore.openExisting(database)) {
            SummaryMark.bringUpToDate(store, database);

            assertTrue(Fixtures.namesRussia(store), "the row the older summary lacked is back");
        }
        assertEquals(CURRENT, SummaryMark.recorded(database));
    }

    @Test
    void aSummaryOfTheCurrentLayoutIsNotRebuilt() throws FileException {
        Path database = seededDatabase();

        try (GraphStore store = GraphStore.openExisting(database)) {
            SummaryMark.bringUpToDate(store, database);

            assertFalse(Fixtures.namesRussia(store), "the row taken away stays away: no rebuild");
        }
        assertEquals(CURRENT, SummaryMark.recorded(database));
    }

    @Test
    void aRebuildRecordsTheCurrentLayout() throws IOException, FileException {
        Path database = seededDatabase();
        Files.writeString(database.resolve(SummaryMark.FILE), "0\n");

        try (GraphStore store = GraphStore.openExisting(database)) {
            assertEquals(3, SummaryMark.rebuild(store, database));

            assertTrue(Fixtures.namesRussia(store));
        }
        assertEquals(CURRENT, SummaryMark.recorded(database));
    }

    /** A database of the seeds whose summary lacks Russia's name, as an older layout's would. */
    private Path seededDatabase() throws FileException {
        Path database = dir.resolve("tdb2");
        try (GraphStore store = GraphStore.open(database)) {
            new Ingestion(Fixtures.build(), store).buildAll(DocumentSource.read(Fixtures.SEEDS));
            assertTrue(Fixtures.namesRussia(store), "the seeds' summary names Russia");
            Fixtures.forgetRussiasName(store);
            assertFalse(Fixtures.namesRussia(store));
        }
        return database;
    }
}
