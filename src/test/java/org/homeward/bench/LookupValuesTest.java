package org.homeward.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LookupValuesTest {

    private final LookupValues values = LookupValues.of(Map.of("name", List.of("Omar Khalil", "Huda \"H\" Hamdan")));

    @Test
    void aLookupAsksForADrawnValueInItsValuesLineAndLeavesTheCommentsAlone() throws IOException {
        String query = Files.readString(Path.of("queries/statements-by-person.rq"), StandardCharsets.UTF_8);

        String request = values.requests(query).apply(new Random(1));

        assertTrue(values.draws(query));
        assertFalse(request.contains("  VALUES ?name { \"Anna Kuznetsova\" }"), request);
        assertTrue(request.contains("  VALUES ?name { \"Omar Khalil\" }")
                || request.contains("  VALUES ?name { \"Huda \\\"H\\\" Hamdan\" }"), request);
        assertTrue(request.contains("e.g. VALUES ?name { \"Mikhail Mizintsev\" }, or"), "the comment stays as it was");
    }

    @Test
    void aQueryWithoutAKnownLookupIsSentAsItIs() throws IOException {
        String query = Files.readString(Path.of("queries/return-statistics.rq"), StandardCharsets.UTF_8);

        assertFalse(values.draws(query));
        assertEquals(query, values.requests(query).apply(new Random(1)));
    }
}
