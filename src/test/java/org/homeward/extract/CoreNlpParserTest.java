package org.homeward.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.List;
import org.junit.jupiter.api.Test;

class CoreNlpParserTest {

    @Test
    void aCountFarFromItsVerbIsStillItsSubject() {
        String text = "In late May, 131 citizens, mostly women and children who had been taken to conflict zones, "
                + "were returned to the capital by a special flight.";
        List<Token> tokens = Tokenizer.tokenize(text, 0, text.length());
        Parse parse = CoreNlpParser.shared().parse(tokens);
        int citizens = index(tokens, "citizens");
        IndexedWord returned = parse.node(index(tokens, "returned"));
        assertEquals("return", parse.lemmas().get(index(tokens, "returned")));
        assertTrue(parse.graph().outgoingEdgeList(returned).stream().map(SemanticGraphEdge::getDependent)
                .anyMatch(d -> Parse.token(d) == citizens));
        assertEquals(tokens.size(), parse.tags().size());
    }

    private static int index(List<Token> tokens, String word) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).is(word)) {
                return i;
            }
        }
        throw new AssertionError(word);
    }
}
