package org.homeward.eval;

import java.nio.file.Path;

/**
 * A directory of gold annotations ({@code name.gold.json}) with the documents they describe: each text is
 * {@code name.txt} beside its gold, or in {@code documents} when the set annotates documents kept elsewhere.
 */
public record EvaluationSet(Path gold, Path documents) {

    /** The set's name: its directory's name. */
    public String name() {
        return gold.getFileName().toString();
    }

    /** The text file of a gold file. */
    public Path textOf(Path goldFile) {
        String name = goldFile.getFileName().toString().replace(".gold.json", ".txt");
        Path beside = gold.resolve(name);
        return beside.toFile().exists() || documents == null ? beside : documents.resolve(name);
    }
}
