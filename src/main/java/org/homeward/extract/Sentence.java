package org.homeward.extract;

import java.util.List;

/**
 * A sentence of a document: its offsets, the paragraph it belongs to, and its tokens.
 *
 * @param index position among the document's sentences
 * @param paragraph index of the paragraph (a block of text between line breaks)
 */
record Sentence(int index, int paragraph, int start, int end, List<Token> tokens) {

    /** The sentence's text, taken from the document. */
    String text(String documentText) {
        return documentText.substring(start, end);
    }
}
