package org.homeward.extract;

import edu.stanford.nlp.semgraph.semgrex.SemgrexPattern;

/**
 * One declarative rule that tells what happened to a counted group of people from the dependency parse: a
 * Semgrex pattern that names the group's head noun {@code people} and the predicate {@code verb}, and what a
 * match means. Every rule carries a sentence it must match and a near miss it must not.
 *
 * @param id the rule's id, recorded on every fact it yields
 * @param finds one line on what it finds
 * @param pattern the compiled pattern
 * @param source the pattern as written, with lexicon classes ({@code @class}) unexpanded
 * @param kind a statistic kind slug; {@code verb}: the kind the predicate's class names; {@code carried}: people
 *     taken somewhere, a return when the route says so; {@code none}: the group did not return
 * @param example a sentence the rule must match
 * @param yields what it must yield there: the count, the group's head word and the kind (or {@code none})
 * @param nearMiss a sentence the rule must not match for the same head word
 */
record EventRule(String id, String finds, SemgrexPattern pattern, String source, String kind, String example,
        String yields, String nearMiss) {}
