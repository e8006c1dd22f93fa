package org.homeward.extract;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;

/**
 * Stanford CoreNLP's CRF named-entity model (three classes, trained on news) over the extractor's own tokens;
 * its PERSON and ORGANIZATION tags are used. One instance serves every thread: CoreNLP's own multi-threaded
 * classification hands one classifier to every thread, and each call keeps its state in its own token list.
 * The model loads once per JVM, on the first sentence that needs it.
 */
final class CoreNlpNameTagger implements NameTagger {

    private static final String MODEL = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";
    private static final String PERSON = "PERSON";
    private static final String ORGANISATION = "ORGANIZATION";

    private final CRFClassifier<CoreLabel> classifier = CRFClassifier.getClassifierNoExceptions(MODEL);

    private CoreNlpNameTagger() {}

    /** The tagger of this JVM, its model loaded on first use. */
    static CoreNlpNameTagger shared() {
        return Holder.INSTANCE;
    }

    /** Loads on first access of the holder class only. */
    private static final class Holder {
        static final CoreNlpNameTagger INSTANCE = new CoreNlpNameTagger();
    }

    @Override
    public List<Run> persons(List<Token> tokens) {
        return runs(tokens, PERSON);
    }

    @Override
    public List<Run> organisations(List<Token> tokens) {
        return runs(tokens, ORGANISATION);
    }

    private List<Run> runs(List<Token> tokens, String tag) {
        List<CoreLabel> tagged = classifier.classifySentence(CoreNlpParser.labels(tokens));
        List<Run> runs = new ArrayList<>();
        int from = -1;
        for (int i = 0; i <= tagged.size(); i++) {
            boolean inRun = i < tagged.size() && tag.equals(tagged.get(i).get(CoreAnnotations.AnswerAnnotation.class));
            if (inRun && from < 0) {
                from = i;
            } else if (!inRun && from >= 0) {
                runs.add(new Run(from, i));
                from = -1;
            }
        }
        return runs;
    }
}
