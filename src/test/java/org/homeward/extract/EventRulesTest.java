package org.homeward.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Every event rule matches its own example with what it says it yields, and not its near miss. */
class EventRulesTest {

    private static final Map<String, String> PREDICATES = Lexicons.standard().predicates;
    private static final List<EventRule> RULES = EventRules.standard(PREDICATES);
    private static final ParsedEventReader READER = new ParsedEventReader(RULES, PREDICATES);

    static Stream<Arguments> rules() {
        return RULES.stream().map(rule -> Arguments.of(rule.id(), rule));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void aRuleYieldsWhatItsExampleSays(String id, EventRule rule) {
        String[] yields = rule.yields().split(" ");
        List<Token> tokens = tokens(rule.example());
        assertTrue(NumberReader.read(tokens).stream().anyMatch(q -> q.value().compareTo(new BigDecimal(yields[0])) == 0),
                () -> "no count " + yields[0] + " in: " + rule.example());
        Optional<ParsedEventReader.Frame> frame = READER.read(rule, parse(tokens), head(tokens, yields[1]));
        assertTrue(frame.isPresent(), () -> id + " does not match its example: " + rule.example());
        assertEquals(yields[2], outcome(frame.get()), id);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void aRuleDoesNotMatchItsNearMiss(String id, EventRule rule) {
        List<Token> tokens = tokens(rule.nearMiss());
        int head = head(tokens, rule.yields().split(" ")[1]);
        assertEquals(Optional.empty(), READER.read(rule, parse(tokens), head), () -> id + " matches: " + rule.nearMiss());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "a key the format does not have|id: a;finds: f;pattern: {}=verb > {}=people;kind: none;example: e;yields: y;near-miss: n;speaker: s|line 8",
        "a missing key|id: a;finds: f;pattern: {}=verb > {}=people;kind: none;example: e;yields: y|no near-miss",
        "an unknown kind|id: a;finds: f;pattern: {}=verb > {}=people;kind: gone;example: e;yields: y;near-miss: n|unknown kind gone",
        "an unknown class|id: a;finds: f;pattern: {lemma:@went}=verb > {}=people;kind: none;example: e;yields: y;near-miss: n|class @went",
        "a pattern that does not compile|id: a;finds: f;pattern: {}=verb >> ((;kind: none;example: e;yields: y;near-miss: n|does not compile",
    })
    void aRuleTheFormatDoesNotAllowIsAnErrorNamingTheLine(String what, String record, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> EventRules.parse(PREDICATES, "test.rules", List.of(record.split(";"))));
        assertTrue(e.getMessage().startsWith("HW-E110 test.rules line "), e.getMessage());
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }

    @Test
    void twoRulesWithOneIdAreAnError() {
        List<String> rule = List.of("id: a", "finds: f", "pattern: {}=verb > {}=people", "kind: none", "example: e",
                "yields: y", "near-miss: n", "");
        List<String> lines = Stream.concat(rule.stream(), rule.stream()).toList();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> EventRules.parse(PREDICATES, "test.rules", lines));
        assertTrue(e.getMessage().contains("a second rule with id a"), e.getMessage());
    }

    private static String outcome(ParsedEventReader.Frame frame) {
        return frame.event().map(e -> switch (e.carriage()) {
            case CARRIED -> "carried";
            case ARRIVED -> "arrived";
            case LEFT -> "left";
            case NAMED -> e.kind().slug();
        }).orElse("none");
    }

    private static List<Token> tokens(String sentence) {
        return Tokenizer.tokenize(sentence, 0, sentence.length());
    }

    private static Parse parse(List<Token> tokens) {
        return CoreNlpParser.shared().parse(tokens);
    }

    private static int head(List<Token> tokens, String word) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).is(word)) {
                return i;
            }
        }
        throw new AssertionError("no " + word + " in " + tokens);
    }
}
