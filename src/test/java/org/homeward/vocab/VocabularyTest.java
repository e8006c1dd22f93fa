package org.homeward.vocab;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.homeward.model.Population;
import org.homeward.model.Qualifier;
import org.homeward.model.StatisticKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The ontology is the source of truth: every term the code writes must be declared in it. */
class VocabularyTest {

    private static Graph ontology;

    @BeforeAll
    static void loadOntology() {
        ontology = RDFDataMgr.loadGraph("org/homeward/ontology/homeward.ttl");
    }

    static Stream<Node> termsTheCodeUses() {
        Stream<Node> constants = Stream.of(HW.class, HWT.class, PROV.class, QB.class, SCHEMA.class).flatMap(VocabularyTest::nodes);
        Stream<Node> concepts = Stream.of(
                        Arrays.stream(Population.values()).map(HW::concept),
                        Arrays.stream(Qualifier.values()).map(HW::concept),
                        Arrays.stream(StatisticKind.values()).map(HW::concept))
                .flatMap(s -> s);
        return Stream.concat(constants, concepts);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("termsTheCodeUses")
    void isDeclaredInTheOntology(Node term) {
        assertTrue(ontology.contains(term, RDF.type.asNode(), Node.ANY), term + " is not declared in homeward.ttl");
    }

    private static Stream<Node> nodes(Class<?> vocabulary) {
        return Arrays.stream(vocabulary.getFields())
                .filter(field -> Modifier.isStatic(field.getModifiers()) && field.getType() == Node.class)
                .map(VocabularyTest::value);
    }

    private static Node value(Field field) {
        try {
            return (Node) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
