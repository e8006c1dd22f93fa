package org.homeward.extract;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.homeward.model.Period;
import org.homeward.model.ReturnStatistic;

/** Chooses the period of a figure among the time expressions of its sentence. */
final class Periods {

    /** Verbs a time right after which dates the statement: "the ministry said on Sunday". */
    private final Set<String> dating;

    Periods(Lexicons lexicons) {
        this.dating = lexicons.speechVerbs(Lexicons.SpeechClass.DATING);
    }

    /**
     * The number's period, looking ahead when the figure tells what is to come; "over the same period" is that of
     * the figure just given.
     */
    Period of(SentenceFacts facts, Quantity q, Optional<ReturnStatistic> latest, boolean ahead) {
        List<Token> t = facts.tokens();
        for (int j = 1; j < t.size(); j++) {
            if (t.get(j).is("period") && t.get(j - 1).is("same") && latest.isPresent()) {
                return latest.get().period();
            }
        }
        TimeResolver.TimeExpression nearest = nearestExpression(facts, t.get(q.numberFrom()).start());
        return nearest == null ? Period.UNKNOWN : ahead ? nearest.ahead() : nearest.period();
    }

    /**
     * The first time expression that begins between the number and token {@code phraseEnd}, unless it dates a
     * statement.
     */
    Optional<Period> ofPhrase(SentenceFacts facts, Quantity q, int phraseEnd) {
        List<Token> t = facts.tokens();
        int from = t.get(q.to() - 1).end();
        int to = phraseEnd < t.size() ? t.get(phraseEnd).start() : Integer.MAX_VALUE;
        return facts.times().stream().filter(e -> e.start() >= from && e.start() < to && !datesTheStatement(facts, e))
                .findFirst().map(TimeResolver.TimeExpression::period);
    }

    /** The time expression nearest the number, resolved. */
    Period nearest(SentenceFacts facts, int offset) {
        TimeResolver.TimeExpression nearest = nearestExpression(facts, offset);
        return nearest == null ? Period.UNKNOWN : nearest.period();
    }

    private TimeResolver.TimeExpression nearestExpression(SentenceFacts facts, int offset) {
        TimeResolver.TimeExpression nearest = null;
        for (TimeResolver.TimeExpression e : facts.times()) {
            if (datesTheStatement(facts, e)) {
                continue;
            }
            if (nearest == null || distance(e, offset) < distance(nearest, offset)) {
                nearest = e;
            }
        }
        return nearest;
    }

    /** "the minister said last week that …", "the ministry said on Sunday": when it was said, not when people moved. */
    private boolean datesTheStatement(SentenceFacts facts, TimeResolver.TimeExpression e) {
        List<Token> t = facts.tokens();
        for (int j = 1; j < t.size(); j++) {
            if (t.get(j).start() >= e.start()) {
                return dating.contains(t.get(j - 1).lower());
            }
        }
        return false;
    }

    private static int distance(TimeResolver.TimeExpression e, int offset) {
        return Math.min(Math.abs(e.start() - offset), Math.abs(e.end() - offset));
    }
}
