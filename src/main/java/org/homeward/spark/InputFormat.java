package org.homeward.spark;

import java.util.Locale;

/** How the documents of a distributed build are stored. */
public enum InputFormat {
    /** A folder of {@code *.txt} documents, each with its optional {@code *.json} sidecar. */
    FOLDER,
    /** JSON Lines: one {@code {"name", "text", "metadata"}} object a line, as the server takes them. */
    JSONL,
    /** Parquet with the columns {@code name}, {@code text} and {@code metadata} (a struct or JSON text). */
    PARQUET;

    /** The format of this name: folder, jsonl or parquet, in any case. */
    public static InputFormat of(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
