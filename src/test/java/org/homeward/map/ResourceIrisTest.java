package org.homeward.map;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.homeward.model.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResourceIrisTest {

    private static final String BASE = "https://w3id.org/homeward/resource/";

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "person/anna-smith, person/anna-smith",
        "country/FR, country/FR",
        "place/são-paulo, place/s%C3%A3o-paulo",
        "organisation/a b?c#d, organisation/a%20b%3Fc%23d"
    })
    void keepsSafeKeysAndPercentEncodesTheRest(String key, String path) {
        assertEquals(BASE + path, ResourceIris.entity(key).getURI());
    }

    @Test
    void namesSpansByTheirOffsets() {
        assertEquals(BASE + "article/abc/span/3-9", ResourceIris.span("abc", new Span(3, 9, "Russia")).getURI());
    }

    @Test
    void keepsTheSegmentsOfAFactId() {
        assertEquals(BASE + "article/abc/statistic/97-267", ResourceIris.fact("abc", "statistic/97-267").getURI());
    }
}
