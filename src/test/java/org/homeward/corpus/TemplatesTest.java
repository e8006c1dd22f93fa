package org.homeward.corpus;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The shipped templates and vocabulary: every slot is filled, every family a topic needs exists. */
class TemplatesTest {

    private final Templates templates = Templates.standard();

    @ParameterizedTest(name = "{0}")
    @EnumSource(Topic.class)
    void everyTemplateOfEveryFamilyFillsWithTheCastOfEachTopic(Topic topic) {
        Dice dice = Dice.of(1, topic.ordinal());
        TemplateFiller filler = new TemplateFiller(templates, Cast.draw(topic, Vocabulary.standard(), dice), dice);

        for (String family : templates.families()) {
            // A family is dealt like a deck: as many draws as templates fill each template once.
            for (int i = 0; i < templates.family(family).size(); i++) {
                String sentence = filler.sentence(family);
                assertFalse(sentence.contains("{") || sentence.contains("}"), family + ": " + sentence);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Topic.class)
    void everyTopicHasItsFamilies(Topic topic) {
        assertTrue(templates.has(topic.family("headline")), topic::toString);
        assertTrue(templates.has(topic.family("lead")), topic::toString);
        topic.body().forEach(family -> assertTrue(templates.has(family), family));
    }

    @Test
    void titleLinesCarryNoClosingPunctuation() {
        for (String family : templates.families()) {
            if (family.endsWith(".headline") || family.equals("related")) {
                templates.family(family).forEach(t -> assertFalse(t.matches(".*[.!?]$"), family + ": " + t));
            }
        }
    }
}
