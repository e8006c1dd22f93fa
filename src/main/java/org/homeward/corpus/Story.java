package org.homeward.corpus;

/** An article's headline and full text. */
record Story(String headline, String text) {}
