package org.homeward.extract;

import java.text.Normalizer;
import java.util.Locale;

/** Turns names into the IRI-safe keys that give an entity one identity across documents. */
final class Slugs {

    private Slugs() {}

    /** "Anna Smith-Jones" becomes "anna-smith-jones"; accents are dropped, a leading "the" too. */
    static String of(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT)
                .replaceAll("['’]s\\b", "")
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        return slug.startsWith("the-") ? slug.substring(4) : slug;
    }
}
