package org.homeward.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TableTest {

    @Test
    void rendersAMarkdownTableWithAlignedColumnsUnderItsTitleAndCommand() {
        Table table = Table.of("Loading", "homeward bench load", "stage", "quads/s")
                .row("Jena's loader", "38,000")
                .row("build", "9");

        assertEquals("""
                ### Loading

                `homeward bench load`

                | stage         | quads/s |
                |---------------|---------|
                | Jena's loader | 38,000  |
                | build         | 9       |
                """, table.render());
    }

    @Test
    void aRowMustHaveOneCellPerColumn() {
        Table table = Table.of("Loading", "homeward bench load", "stage", "quads/s");

        assertThrows(IllegalArgumentException.class, () -> table.row("build"));
    }
}
