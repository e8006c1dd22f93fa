package org.homeward.map;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.vocabulary.XSD;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TemporalLiteralsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "2020-02-12, date",
        "2018-12, gYearMonth",
        "2017, gYear",
        "2020-02-30, ",
        "2018-13, ",
        "12 February 2020, ",
        "20200212, ",
        "+2017, "
    })
    void typesAValueByItsForm(String value, String expectedType) {
        // when
        Optional<XSDDatatype> type = TemporalLiterals.datatypeOf(value);

        // then
        assertEquals(Optional.ofNullable(expectedType).map(name -> XSD.NS + name), type.map(XSDDatatype::getURI));
    }
}
