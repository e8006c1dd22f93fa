package org.homeward.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.homeward.model.Period;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimeResolverTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2021, 3, 10); // a Wednesday

    private static Period resolve(String text, LocalDate published) {
        List<TimeResolver.TimeExpression> found = TimeResolver.find(text, 0, text.length(), published);
        assertEquals(1, found.size(), () -> "expressions in: " + text + " -> " + found);
        return found.get(0).period();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "they returned on Sunday|2021-03-07|2021-03-07",
            "officials said yesterday|2021-03-09|2021-03-09",
            "the plane landed this evening|2021-03-10|2021-03-10",
            "the group arrived last night|2021-03-09|2021-03-09",
            "in the past year|2020-03-10|2021-03-10",
            "over the past 24 hours|2021-03-09|2021-03-10",
            "a few days ago|2021-03-03|2021-03-10",
            "three days ago|2021-03-07|2021-03-07",
            "since December 2018|2018-12|2021-03-10",
            "last month|2021-02|2021-02",
            "last year|2020|2020",
            "in 2019|2019|2019",
            "compared with 260 in the whole of 2019|2019|2019",
            "against 90 in all of 2019|2019|2019",
            "in May 2020|2020-05|2020-05",
            "on March 3|2021-03-03|2021-03-03",
            "on 12 November 2020|2020-11-12|2020-11-12",
            "in July|2020-07|2020-07",
            "between 2016 and 2018|2016|2018",
            "between 15 September and 4 November|2020-09-15|2020-11-04",
            "by the end of 2024|-|2024",
            "returned last July|2020-07|2020-07",
            "came home over the weekend|2021-03-06|2021-03-07",
            "since the regime fell on Dec. 8|2020-12-08|2021-03-10"})
    void resolvesAgainstThePublicationDate(String text, String start, String end) {
        assertEquals(new Period(start, end), resolve(text, PUBLISHED));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "they returned on Sunday|-|-",
            "in the past year|-|-",
            "since December 2018|2018-12|-",
            "in 2019|2019|2019"})
    void withoutAPublicationDateOnlyAbsoluteTimesResolve(String text, String start, String end) {
        assertEquals(new Period(start, end), resolve(text, null));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "they are due on Sunday|2021-03-07|2021-03-14",
            "expected on Wednesday|2021-03-10|2021-03-10",
            "expected in May 2021|2021-05|2021-05"})
    void aWeekdayAheadIsTheOneOnOrAfterPublication(String text, String past, String ahead) {
        TimeResolver.TimeExpression e = TimeResolver.find(text, 0, text.length(), PUBLISHED).get(0);

        assertEquals(new Period(past, past), e.period());
        assertEquals(new Period(ahead, ahead), e.ahead());
    }
}
