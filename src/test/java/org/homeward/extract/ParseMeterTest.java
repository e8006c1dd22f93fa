package org.homeward.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.homeward.model.ArticleMetadata;
import org.homeward.model.Document;
import org.homeward.model.DocumentAnnotations;
import org.junit.jupiter.api.Test;

class ParseMeterTest {

    private static final Document REPORT = new Document("t.txt", "Refugees come home\n\nThe weather was mild on"
            + " Monday. About 2,110 refugees returned to Burundi from Tanzania on 3 May, officials said. The road to the"
            + " border town was reopened last week after heavy rains, and aid agencies said that more convoys would"
            + " follow.\n",
            new ArticleMetadata(null, null, "2023-05-10", null, "en"));

    @Test
    void theMeteredExtractorFindsWhatTheStandardOneFindsAndCountsOnlyTheSentencesItParses() {
        ParseMeter meter = new ParseMeter();

        DocumentAnnotations metered = meter.extractor().extract(REPORT);

        assertEquals(new RuleBasedExtractor().extract(REPORT), metered);
        assertEquals(1, metered.statistics().size(), () -> "statistics " + metered.statistics());
        assertEquals(1, meter.sentences());
        assertTrue(meter.nanos() > 0 && meter.parseAlone() > 0);
    }
}
