package org.homeward.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SentencesTest {

    @ParameterizedTest(name = "{0} to {1}")
    @CsvSource(delimiter = '|', value = {
            "2020-02-01 | 2020-02-12 | 1–12 Feb 2020",
            "2020-01-05 | 2020-02-12 | 5 Jan – 12 Feb 2020",
            "2019-02-12 | 2020-02-12 | 12 Feb 2019 – 12 Feb 2020",
            "2018-12    | 2020-02-12 | Dec 2018 – 12 Feb 2020",
            "2020-02-12 | 2020-02-12 | 12 Feb 2020",
            "2018-12    |            | since Dec 2018",
            "           | 2024       | until 2024"})
    void periodsReadAsPeopleWriteThem(String start, String end, String expected) {
        assertEquals(expected, Sentences.period(start, end));
    }
}
