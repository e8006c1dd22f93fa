package org.homeward.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.homeward.model.Entity;
import org.homeward.model.EntityType;
import org.homeward.model.Mention;
import org.homeward.model.Span;

/**
 * The entities of one document as they are found, one per key, and every mention of them.
 * A later description of an entity fills what an earlier one left unknown and never overwrites it.
 */
final class EntityTable {

    private final String text;
    private final Lexicons lexicons;
    private final Map<String, Entity> entities = new LinkedHashMap<>();
    private final Set<Mention> mentions = new LinkedHashSet<>();
    private final Map<String, String> acronyms = new HashMap<>();
    private String sourcePath;

    EntityTable(String text, Lexicons lexicons) {
        this.text = text;
        this.lexicons = lexicons;
    }

    /** The key of a country, recorded with its label and code. */
    String country(String iso2) {
        String key = "country/" + iso2;
        entities.putIfAbsent(key, new Entity(key, EntityType.COUNTRY, lexicons.countryLabels.get(iso2), null, null,
                null, iso2));
        return key;
    }

    /** The key of a known place, recorded with its country. */
    String place(Lexicons.PlaceName place) {
        country(place.iso2());
        String key = "place/" + Slugs.of(place.label());
        entities.putIfAbsent(key, new Entity(key, EntityType.PLACE, place.label(), null, null, null, place.iso2()));
        return key;
    }

    /** The key of an organisation; {@code slug} decides identity, {@code label} is kept from its first sighting. */
    String organisation(String slug, String label) {
        String key = "organisation/" + slug;
        entities.putIfAbsent(key, Entity.named(key, EntityType.ORGANISATION, label));
        return key;
    }

    /** Records that the document calls an organisation by an acronym from here on. */
    void acronym(String acronym, String organisationKey) {
        acronyms.putIfAbsent(acronym, organisationKey);
    }

    /** The organisation the document has introduced by this acronym, if any. */
    Optional<String> organisationByAcronym(String word) {
        return Optional.ofNullable(acronyms.get(word));
    }

    /**
     * The key of a source the document describes but does not name, under its article: "officials" here is not
     * "officials" in another report.
     */
    String source(String label) {
        if (sourcePath == null) {
            sourcePath = "article/" + TextHash.sha256(text) + "/source/"; // hashed once, and only if a source is met
        }
        String key = sourcePath + Slugs.of(label);
        entities.putIfAbsent(key, Entity.named(key, EntityType.SOURCE, label));
        return key;
    }

    /** The key of a person, merging what is known of them. */
    String person(String name, String jobTitle, String memberOf, String countryOfOffice) {
        String key = "person/" + Slugs.of(name);
        Entity known = entities.get(key);
        entities.put(key, known == null
                ? new Entity(key, EntityType.PERSON, name, jobTitle, memberOf, countryOfOffice, null)
                : new Entity(key, EntityType.PERSON, known.label(), first(known.jobTitle(), jobTitle),
                        first(known.memberOf(), memberOf), first(known.countryOfOffice(), countryOfOffice), null));
        return key;
    }

    /** Folds a person known by one name into the person whose full name ends with it. */
    void fold(String from, String into) {
        Entity single = entities.remove(from);
        Entity full = entities.get(into);
        if (single != null && full != null) {
            entities.put(into, new Entity(into, EntityType.PERSON, full.label(), first(full.jobTitle(), single.jobTitle()),
                    first(full.memberOf(), single.memberOf()), first(full.countryOfOffice(), single.countryOfOffice()), null));
        }
    }

    /** The document's text. */
    String text() {
        return text;
    }

    /** Records that the text between the offsets refers to the entity. */
    void mention(String key, int start, int end) {
        mentions.add(new Mention(key, Span.of(text, start, end)));
    }

    /** The entity of a key, if known. */
    Optional<Entity> get(String key) {
        return Optional.ofNullable(entities.get(key));
    }

    /** The persons found so far, in order of first sighting. */
    List<Entity> persons() {
        return entities.values().stream().filter(e -> e.type() == EntityType.PERSON).toList();
    }

    /** Every entity, in order of first sighting. */
    List<Entity> entities() {
        return List.copyOf(entities.values());
    }

    /** Every mention, in order of discovery. */
    List<Mention> mentions() {
        return new ArrayList<>(mentions);
    }

    private static String first(String a, String b) {
        return a != null ? a : b;
    }
}
