package org.homeward.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.semgraph.semgrex.SemgrexMatcher;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.homeward.model.StatisticKind;

/**
 * Tells what happened to a counted group of people from the sentence's dependency parse: the first event
 * rule, in the order of the rules file, whose match names the group's head noun. The count and its verb may
 * stand as far apart as the sentence puts them.
 */
final class ParsedEventReader {

    private static final Map<String, StatisticKind> KINDS = Map.of(
            "returned", StatisticKind.RETURNED, "repatriated", StatisticKind.REPATRIATED,
            "evacuated", StatisticKind.EVACUATED, "transferred", StatisticKind.TRANSFERRED,
            "resettled", StatisticKind.RESETTLED, "deported", StatisticKind.RETURNED);

    private static final String GROUP = "group";
    /** What befalls people and says nothing of who they are: a part told by it is no part of a return. */
    private static final Set<String> FATES = Set.of("harm", "stay", "flee", "custody", "care", "speak");

    /**
     * What a rule made of the group: the return event, or none when the rule says the group did not return.
     *
     * @param rule the id of the rule that matched
     * @param event the event, empty for a group that did not return
     */
    record Frame(String rule, Optional<ReturnEvent> event) {}

    private final List<EventRule> rules;
    private final Map<String, String> predicates;

    ParsedEventReader(List<EventRule> rules, Map<String, String> predicates) {
        this.rules = rules;
        this.predicates = predicates;
    }

    /**
     * The frame of the group whose head noun is token {@code head}, or empty when no rule speaks of it; the
     * people a group noun gathers share its frame ("The first batch of 240 people arrived").
     */
    Optional<Frame> read(Parse parse, int head) {
        // a group that did not return, or only arrived or left somewhere, leaves its people to the other rules
        return readOrGathered(parse, head, e -> e.carriage() != ReturnEvent.Carriage.ARRIVED
                && e.carriage() != ReturnEvent.Carriage.LEFT);
    }

    /**
     * The frame of a number that counts people without a noun ("6,284 returned", "the first group of 360 flew
     * into the capital"): a group noun that gathers the number lends it its frame, arrivals included, since no
     * other rule reads such a number.
     */
    Optional<Frame> readCount(Parse parse, int number) {
        return readOrGathered(parse, number, e -> true);
    }

    /** The token's own frame, else that of the group noun gathering it when the group's event is one it may share. */
    private Optional<Frame> readOrGathered(Parse parse, int token, Predicate<ReturnEvent> shared) {
        Optional<Frame> frame = readHead(parse, token);
        return frame.isPresent() ? frame : gatheredBy(parse, token).flatMap(group -> readHead(parse, group))
                .filter(f -> f.event().filter(shared).isPresent());
    }

    private Optional<Frame> readHead(Parse parse, int head) {
        for (EventRule rule : rules) {
            Optional<Frame> frame = read(rule, parse, head);
            if (frame.isPresent()) {
                return frame;
            }
        }
        return Optional.empty();
    }

    /** The group noun whose "of" phrase the token heads: "batch" in "the first batch of 140". */
    private Optional<Integer> gatheredBy(Parse parse, int token) {
        IndexedWord node = parse.node(token);
        return node == null ? Optional.empty() : parse.graph().incomingEdgeList(node).stream()
                .filter(e -> e.getRelation().toString().equals("nmod:of"))
                .map(e -> Parse.token(e.getGovernor()))
                .filter(g -> GROUP.equals(predicates.get(parse.lemmas().get(g).toLowerCase(Locale.ROOT))))
                .findFirst();
    }

    /**
     * Whether the token is the subject of a verb that tells what befell people rather than who they are:
     * "Four of them were admitted to hospital", "300 of them are sheltering in a church", "Three of the women
     * were arrested". Where they had been before is who they are: "four of whom had been living in an orphanage".
     */
    boolean befalls(Parse parse, int token) {
        IndexedWord node = parse.node(token);
        if (node == null) {
            return false;
        }
        Stream<IndexedWord> governing = parse.graph().incomingEdgeList(node).stream()
                .filter(e -> e.getRelation().toString().startsWith("nsubj")).map(SemanticGraphEdge::getGovernor);
        Stream<IndexedWord> modifying = parse.graph().outgoingEdgeList(node).stream() // "Around 20 of them told …"
                .filter(e -> e.getRelation().toString().equals("acl")).map(SemanticGraphEdge::getDependent);
        return Stream.concat(governing, modifying)
                .filter(verb -> parse.tags().get(Parse.token(verb)).startsWith("VB"))
                .anyMatch(verb -> {
                    String kind = predicates.getOrDefault(parse.lemmas().get(Parse.token(verb)).toLowerCase(Locale.ROOT), "");
                    return FATES.contains(kind) && !(kind.equals("stay") && isPluperfect(parse, verb));
                });
    }

    private static boolean isPluperfect(Parse parse, IndexedWord verb) {
        return parse.graph().outgoingEdgeList(verb).stream()
                .anyMatch(e -> e.getRelation().toString().equals("aux") && e.getDependent().word().equalsIgnoreCase("had"));
    }

    /** The frame one rule gives the group, or empty when it does not match it. */
    Optional<Frame> read(EventRule rule, Parse parse, int head) {
        SemgrexMatcher m = rule.pattern().matcher(parse.graph());
        while (m.find()) {
            IndexedWord people = m.getNode("people");
            IndexedWord verb = m.getNode("verb");
            if (people != null && verb != null && Parse.token(people) == head) {
                return Optional.of(new Frame(rule.id(), event(rule, parse, verb, people)));
            }
        }
        return Optional.empty();
    }

    private Optional<ReturnEvent> event(EventRule rule, Parse parse, IndexedWord verb, IndexedWord people) {
        int at = Parse.token(verb);
        boolean active = parse.graph().getAllEdges(verb, people).stream().map(SemanticGraphEdge::getRelation)
                .anyMatch(r -> r.toString().startsWith("obj"));
        return switch (rule.kind()) {
            case "none" -> Optional.empty();
            case "carried" -> Optional.of(new ReturnEvent(StatisticKind.TRANSFERRED, at, active, rule.id(),
                    ReturnEvent.Carriage.CARRIED));
            case "arrived" -> Optional.of(new ReturnEvent(StatisticKind.TRANSFERRED, at, active, rule.id(),
                    ReturnEvent.Carriage.ARRIVED));
            case "left" -> Optional.of(new ReturnEvent(StatisticKind.TRANSFERRED, at, active, rule.id(),
                    ReturnEvent.Carriage.LEFT));
            case "verb" -> Optional.ofNullable(KINDS.get(predicates.get(parse.lemmas().get(at).toLowerCase(Locale.ROOT))))
                    .map(kind -> new ReturnEvent(kind, at, active, rule.id()));
            default -> StatisticKind.ofSlug(rule.kind()).map(kind -> new ReturnEvent(kind, at, active, rule.id()));
        };
    }
}
