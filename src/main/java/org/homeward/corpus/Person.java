package org.homeward.corpus;

/** An invented person of the corpus. */
record Person(String first, String last) {

    /** First name and surname. */
    String name() {
        return first + " " + last;
    }
}
