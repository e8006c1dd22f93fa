package org.homeward.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.homeward.model.Entity;
import org.homeward.model.EntityType;

/**
 * Finds the entities of a document sentence by sentence: countries and places from the gazetteers,
 * organisations, titled and speaking persons; then, in a second pass, every later reference to a person
 * by surname or by a definite role ("the ambassador", "the official").
 */
final class EntityFinder {

    private final Lexicons lexicons;
    private final OrganisationFinder organisations;
    private final PersonFinder persons;

    EntityFinder(Lexicons lexicons, Supplier<NameTagger> names) {
        this.lexicons = lexicons;
        this.organisations = new OrganisationFinder(lexicons, names);
        this.persons = new PersonFinder(lexicons, names);
    }

    /** The entity matches of each sentence, by sentence index; mentions are recorded in the table. */
    List<List<EntityMatch>> find(List<Sentence> sentences, EntityTable table) {
        List<List<EntityMatch>> all = new ArrayList<>();
        for (Sentence sentence : sentences) {
            List<EntityMatch> matches = new ArrayList<>(places(sentence, table));
            matches.addAll(organisations.find(sentence, table));
            matches.addAll(persons.find(sentence, matches, table));
            all.add(matches);
        }
        all = foldSingleNames(all, table);
        Map<String, String> surnames = surnames(table);
        String lastPerson = null;
        for (int s = 0; s < sentences.size(); s++) {
            lastPerson = references(sentences.get(s), all.get(s), surnames, lastPerson, table);
        }
        for (int s = 0; s < sentences.size(); s++) {
            for (EntityMatch m : all.get(s)) {
                List<Token> t = sentences.get(s).tokens();
                table.mention(m.key(), t.get(m.from()).start(), t.get(m.to() - 1).end());
            }
        }
        return all;
    }

    private List<EntityMatch> places(Sentence sentence, EntityTable table) {
        List<Token> t = sentence.tokens();
        List<EntityMatch> found = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            int at = i;
            Optional<EntityMatch> match = lexicons.countries.matchAt(t, at)
                    .map(m -> new EntityMatch(m.from(), m.to(), table.country(m.value().iso2()), EntityType.COUNTRY,
                            m.value().form()))
                    .or(() -> lexicons.places.matchAt(t, at)
                            .map(m -> new EntityMatch(m.from(), m.to(), table.place(m.value()), EntityType.PLACE, null)));
            if (match.isPresent()) {
                found.add(match.get());
                i = match.get().to() - 1;
            }
        }
        return found;
    }

    /** "Tkachuk said …" before "Yevhen Tkachuk, who coordinates …": one person, known first by surname. */
    private static List<List<EntityMatch>> foldSingleNames(List<List<EntityMatch>> all, EntityTable table) {
        Map<String, String> fullBySurname = surnames(table);
        Map<String, String> folded = new HashMap<>();
        for (Entity person : table.persons()) {
            String into = fullBySurname.get(person.label());
            if (!person.label().contains(" ") && into != null && !into.equals(person.key())) {
                folded.put(person.key(), into);
                table.fold(person.key(), into);
            }
        }
        if (folded.isEmpty()) {
            return all;
        }
        List<List<EntityMatch>> rewritten = new ArrayList<>();
        for (List<EntityMatch> matches : all) {
            List<EntityMatch> keyed = new ArrayList<>();
            for (EntityMatch m : matches) {
                keyed.add(new EntityMatch(m.from(), m.to(), folded.getOrDefault(m.key(), m.key()), m.type(), m.countryForm()));
            }
            rewritten.add(keyed);
        }
        return rewritten;
    }

    /** Surname to person key, leaving out surnames two persons share. */
    private static Map<String, String> surnames(EntityTable table) {
        Map<String, String> bySurname = new HashMap<>();
        for (Entity person : table.persons()) {
            String[] parts = person.label().split(" ");
            if (parts.length < 2) {
                continue; // a person known by one name lends no surname to others
            }
            String surname = parts[parts.length - 1];
            bySurname.merge(surname, person.key(), (a, b) -> a.equals(b) ? a : "");
        }
        bySurname.values().removeIf(String::isEmpty);
        return bySurname;
    }

    private String references(Sentence sentence, List<EntityMatch> matches, Map<String, String> surnames,
            String lastPerson, EntityTable table) {
        List<Token> t = sentence.tokens();
        String last = lastPerson;
        for (int i = 0; i < t.size(); i++) {
            EntityMatch existing = at(matches, i);
            if (existing != null) {
                last = existing.type() == EntityType.PERSON ? existing.key() : last;
                i = existing.to() - 1;
                continue;
            }
            String bySurname = surnames.get(t.get(i).text());
            String byRole = definiteRole(t, i, last, table);
            if (bySurname != null || byRole != null) {
                String key = bySurname != null ? bySurname : byRole;
                matches.add(new EntityMatch(bySurname != null ? i : i - 1, i + 1, key, EntityType.PERSON, null));
                last = key;
            }
        }
        return last;
    }

    /** "the ambassador" refers to the last person whose title holds that role; "the official" to the last titled person. */
    private String definiteRole(List<Token> t, int i, String lastPerson, EntityTable table) {
        if (i == 0 || !t.get(i - 1).is("the") || lastPerson == null || !lexicons.roles.contains(t.get(i).lower())
                || (i + 1 < t.size() && Tokens.isCapitalisedWord(t.get(i + 1)))) {
            return null;
        }
        Entity person = table.get(lastPerson).orElseThrow();
        String title = person.jobTitle() == null ? "" : person.jobTitle().toLowerCase(Locale.ROOT);
        boolean fits = t.get(i).is("official") ? !title.isEmpty() : title.contains(t.get(i).lower());
        return fits ? lastPerson : null;
    }

    private static EntityMatch at(List<EntityMatch> matches, int i) {
        for (EntityMatch m : matches) {
            if (m.covers(i)) {
                return m;
            }
        }
        return null;
    }
}
