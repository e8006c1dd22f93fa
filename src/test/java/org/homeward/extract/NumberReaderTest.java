package org.homeward.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.homeward.model.Qualifier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumberReaderTest {

    private static List<Quantity> read(String text) {
        return NumberReader.read(Tokenizer.tokenize(text, 0, text.length()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "officials flew 1,250 people home|1250|EXACTLY",
            "some 5.6 million people|5600000|APPROXIMATELY",
            "another 1.2 million displaced|1200000|EXACTLY",
            "an estimated half a million refugees|500000|APPROXIMATELY",
            "nearly two lakh Indians|200000|NEARLY",
            "4.13 lakh people|413000|EXACTLY",
            "Thirty children were flown|30|EXACTLY",
            "more than twenty-five women|25|MORE_THAN",
            "a dozen families|12|EXACTLY",
            "at least 40 men|40|AT_LEAST",
            "nearly 300 migrants|300|NEARLY",
            "up to 2,000 returnees|2000|UP_TO",
            "as many as 90 orphans|90|UP_TO",
            "about 156 children|156|APPROXIMATELY",
            "over 150 minors|150|MORE_THAN",
            "fewer than 20 people|20|FEWER_THAN",
            "two hundred and fifty families|250|EXACTLY",
            "3 thousand people|3000|EXACTLY",
            "20 may return in October|20|EXACTLY",
            "and one in Lagos|1|EXACTLY",
            "only one in ten wanted to come back|10|EXACTLY"})
    void readsTheValueAndItsHedge(String text, String value, Qualifier qualifier) {
        List<Quantity> found = read(text);

        assertEquals(1, found.size(), () -> "numbers in: " + text);
        assertEquals(0, new BigDecimal(value).compareTo(found.get(0).value()));
        assertEquals(qualifier, found.get(0).qualifier());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "hundreds of families returned", "thousands of people fled", "in 2019 the camp", "since 2016 they",
            "a grant of $2 for each", "about 40 percent of them", "in December 2018 it began",
            "Figures are as of 20 October 2024", "as of October 20, the agency said", "CEUTA | Tuesday 17 August 2021",
            "I spoke to one of the returnees", "a Transall C-160 landed", "an Il-76 of the air force"})
    void vagueAmountsYearsDaysMoneyPercentagesAndNamesAreNotNumbers(String text) {
        assertTrue(read(text).isEmpty(), () -> "numbers read in: " + text + " -> " + read(text));
    }
}
