package org.homeward.corpus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The sentence templates of the corpus by family, read once from {@code templates.tsv}; immutable. */
final class Templates {

    private static final String RESOURCE = "templates.tsv";
    private static final Templates STANDARD = load();

    private final Map<String, List<String>> families;

    private Templates(Map<String, List<String>> families) {
        this.families = Map.copyOf(families);
    }

    /** The templates shipped with Homeward. */
    static Templates standard() {
        return STANDARD;
    }

    /** Whether a family of that name exists. */
    boolean has(String family) {
        return families.containsKey(family);
    }

    /** The templates of a family. */
    List<String> family(String family) {
        List<String> templates = families.get(family);
        if (templates == null) {
            throw new IllegalStateException(RESOURCE + ": no template family '" + family + "'");
        }
        return templates;
    }

    /** The names of every family. */
    Set<String> families() {
        return families.keySet();
    }

    private static Templates load() {
        Map<String, List<String>> families = new LinkedHashMap<>();
        for (String[] row : Resources.rows(RESOURCE)) {
            if (row.length != 2 || row[1].isBlank()) {
                throw new IllegalStateException(RESOURCE + ": expected 'family<TAB>template', found '"
                        + String.join("<TAB>", row) + "'");
            }
            families.computeIfAbsent(row[0], f -> new ArrayList<>()).add(row[1]);
        }
        families.replaceAll((family, templates) -> List.copyOf(templates));
        return new Templates(families);
    }
}
