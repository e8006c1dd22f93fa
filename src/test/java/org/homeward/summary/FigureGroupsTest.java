package org.homeward.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.SKOS;
import org.homeward.vocab.HW;
import org.junit.jupiter.api.Test;

/** The kind families that figures are grouped by are those the ontology declares. */
class FigureGroupsTest {

    @Test
    void eachKindsFamilyIsItsBroaderKindInTheOntologyOrItself() {
        Model ontology = RDFDataMgr.loadModel("ontology/homeward.ttl");
        Map<String, String> declared = new HashMap<>();
        ontology.listSubjectsWithProperty(SKOS.inScheme, ontology.createResource(HW.KIND + "scheme"))
                .forEach(kind -> declared.put(kind.getLocalName(), kind.hasProperty(SKOS.broader)
                        ? kind.getPropertyResourceValue(SKOS.broader).getLocalName() : kind.getLocalName()));
        declared.remove("under-negotiation");

        assertEquals(declared, FigureGroups.FAMILY);
    }
}
