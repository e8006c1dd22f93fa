package org.homeward.eval;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.homeward.extract.Extractor;
import org.homeward.io.DocumentSource;
import org.homeward.io.SourceEntry;
import org.homeward.model.Document;
import org.homeward.model.DocumentAnnotations;

/** Runs the extractor over evaluation sets and scores it against their gold annotations. */
public final class EvaluationOperation {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private final Extractor extractor;

    /** An evaluation of {@code extractor}. */
    public EvaluationOperation(Extractor extractor) {
        this.extractor = extractor;
    }

    /** The scores of one set; a document that cannot be read, or whose gold is wrong, is reported and left out. */
    public EvaluationResult run(EvaluationSet set) throws IOException {
        Map<Metric, Score> totals = new EnumMap<>(Metric.class);
        List<Finding> findings = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        int documents = 0;
        for (Path goldFile : goldFiles(set.gold())) {
            SourceEntry entry = DocumentSource.readDocument(set.textOf(goldFile));
            if (entry instanceof SourceEntry.Failed failed) {
                problems.add(failed.message());
                continue;
            }
            Document document = ((SourceEntry.Loaded) entry).document();
            Gold gold;
            try {
                gold = JSON.readValue(goldFile.toFile(), Gold.class);
            } catch (IOException e) {
                problems.add("HW-E040 " + goldFile + ": gold annotations cannot be read: " + e.getMessage());
                continue;
            }
            List<String> wrong = GoldCheck.problems(document.text(), gold);
            if (!wrong.isEmpty()) {
                wrong.forEach(w -> problems.add("HW-E042 " + goldFile + ": " + w));
                continue;
            }
            String name = goldFile.getFileName().toString().replace(".gold.json", "");
            DocumentScore score = Scorer.score(name, document.text(), gold, extractor.extract(document));
            score.scores().forEach((m, s) -> totals.merge(m, s, Score::plus));
            findings.addAll(score.findings());
            documents++;
        }
        return new EvaluationResult(set.name(), documents, totals, findings, problems);
    }

    private static List<Path> goldFiles(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".gold.json")).sorted().toList();
        }
    }
}
