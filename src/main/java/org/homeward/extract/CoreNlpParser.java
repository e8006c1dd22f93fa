package org.homeward.extract;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.DependencyParseAnnotator;
import edu.stanford.nlp.pipeline.MorphaAnnotator;
import edu.stanford.nlp.pipeline.POSTaggerAnnotator;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Stanford CoreNLP's tagger, lemmatiser and neural dependency parser (UD English) run over the extractor's own
 * tokens, so that every rule shares one token index and every offset stays the document's. One instance serves
 * every thread: CoreNLP's own multi-threaded annotators share these annotators' instances, and each call keeps
 * its state in its own annotation. The models load once per JVM, on the first sentence that needs them.
 */
final class CoreNlpParser implements SentenceParser {

    private static final String TAGGER = "edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger";
    private static final String PARSER = "edu/stanford/nlp/models/parser/nndep/english_UD.gz";
    /** The parser's models were trained on PTB-style quotes. */
    private static final Map<String, String> PTB_FORMS = Map.of(
            "“", "``", "”", "''", "‘", "`", "’", "'", "\"", "''", "–", "--", "—", "--");

    private final POSTaggerAnnotator tagger;
    private final MorphaAnnotator lemmatiser = new MorphaAnnotator(false);
    private final DependencyParseAnnotator parser;

    private CoreNlpParser() {
        this.tagger = new POSTaggerAnnotator(TAGGER, false);
        Properties properties = new Properties();
        properties.setProperty("model", PARSER);
        this.parser = new DependencyParseAnnotator(properties);
    }

    /** The parser of this JVM, its models loaded on first use. */
    static CoreNlpParser shared() {
        return Holder.INSTANCE;
    }

    /** Loads on first access of the holder class only. */
    private static final class Holder {
        static final CoreNlpParser INSTANCE = new CoreNlpParser();
    }

    @Override
    public Parse parse(List<Token> tokens) {
        List<CoreLabel> labels = labels(tokens);
        CoreMap sentence = new ArrayCoreMap();
        sentence.set(CoreAnnotations.TokensAnnotation.class, labels);
        sentence.set(CoreAnnotations.SentenceIndexAnnotation.class, 0);
        Annotation annotation = new Annotation("");
        annotation.set(CoreAnnotations.TokensAnnotation.class, labels);
        annotation.set(CoreAnnotations.SentencesAnnotation.class, List.of(sentence));
        tagger.annotate(annotation);
        lemmatiser.annotate(annotation);
        parser.annotate(annotation);
        SemanticGraph graph = sentence.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
        List<String> tags = new ArrayList<>();
        List<String> lemmas = new ArrayList<>();
        for (CoreLabel label : labels) {
            tags.add(label.tag());
            lemmas.add(label.lemma());
        }
        return new Parse(tags, lemmas, graph);
    }

    /** The tokens as CoreNLP labels, in the forms its models were trained on, with the document's offsets. */
    static List<CoreLabel> labels(List<Token> tokens) {
        List<CoreLabel> labels = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            CoreLabel label = new CoreLabel();
            String word = PTB_FORMS.getOrDefault(t.text(), t.text());
            label.setWord(word);
            label.setValue(word);
            label.setOriginalText(t.text());
            label.setBeginPosition(t.start());
            label.setEndPosition(t.end());
            label.setIndex(i + 1);
            label.setSentIndex(0);
            labels.add(label);
        }
        return labels;
    }
}
