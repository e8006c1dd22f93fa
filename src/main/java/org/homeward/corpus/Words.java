package org.homeward.corpus;

/** Counts words the way a reader would: runs of non-space characters holding a letter or a digit. */
final class Words {

    private Words() {}

    /** The number of words of the text; a lone dash or bullet is not a word. */
    static int count(CharSequence text) {
        int words = 0;
        boolean inRun = false;
        boolean hasWordCharacter = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                words += inRun && hasWordCharacter ? 1 : 0;
                inRun = false;
                hasWordCharacter = false;
            } else {
                inRun = true;
                hasWordCharacter |= Character.isLetterOrDigit(c);
            }
        }
        return words + (inRun && hasWordCharacter ? 1 : 0);
    }
}
