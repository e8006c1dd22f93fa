package org.homeward.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The structure of one sentence: a part-of-speech tag and a lemma per token, and the enhanced++ Universal
 * Dependencies graph whose node {@code i + 1} is token {@code i}.
 */
record Parse(List<String> tags, List<String> lemmas, SemanticGraph graph) {

    private static final Pattern ARGUMENTS = Pattern.compile("nsubj(:pass)?|obj|iobj");

    /** Copies the lists so the record stays immutable. */
    Parse {
        tags = List.copyOf(tags);
        lemmas = List.copyOf(lemmas);
    }

    /** The token index of a graph node. */
    static int token(IndexedWord node) {
        return node.index() - 1;
    }

    /** Whether a verb takes the token as its subject or object: the group does what that verb says. */
    boolean isArgument(int token) {
        IndexedWord node = node(token);
        return node != null && graph.incomingEdgeList(node).stream()
                .anyMatch(e -> ARGUMENTS.matcher(e.getRelation().toString()).matches()
                        && tags.get(token(e.getGovernor())).startsWith("VB"));
    }

    /** Whether the token is the subject of a verb whose object is counted: "three more brought home 545". */
    boolean actsOnCounted(int token) {
        IndexedWord node = node(token);
        return node != null && graph.incomingEdgeList(node).stream()
                .filter(e -> e.getRelation().toString().equals("nsubj"))
                .anyMatch(e -> graph.outgoingEdgeList(e.getGovernor()).stream()
                        .filter(o -> o.getRelation().toString().equals("obj"))
                        .anyMatch(o -> isCounted(o.getDependent())));
    }

    private boolean isCounted(IndexedWord node) {
        return tags.get(token(node)).equals("CD") || graph.outgoingEdgeList(node).stream()
                .anyMatch(e -> e.getRelation().toString().equals("nummod"));
    }

    /** The graph node of a token, or null when the parse left it out. */
    IndexedWord node(int token) {
        return graph.getNodeByIndexSafe(token + 1);
    }
}
