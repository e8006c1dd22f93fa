package org.homeward.corpus;

import java.util.List;
import java.util.Set;

/**
 * A country as the corpus writes about it.
 *
 * @param name the name as written mid-sentence ("the Netherlands")
 * @param adjective the nationality adjective ("Dutch")
 * @param people the plural noun for its people ("Dutch nationals")
 * @param region the region whose personal names its people bear
 * @param cities cities to file from and to return to
 * @param sites camps and centres where people wait to return
 * @param hosts names of the countries that host its refugees
 * @param roles "home" if it brings citizens back, "conflict" if people flee and return to it
 */
record Country(String name, String adjective, String people, String region, List<String> cities,
        List<String> sites, List<String> hosts, Set<String> roles) {

    /** Copies the lists so the record stays immutable; a country needs at least one city. */
    Country {
        cities = List.copyOf(cities);
        sites = List.copyOf(sites);
        hosts = List.copyOf(hosts);
        roles = Set.copyOf(roles);
        if (cities.isEmpty()) {
            throw new IllegalArgumentException("corpus country " + name + " has no cities");
        }
    }

    /** Whether the country plays the role ("home" or "conflict"). */
    boolean is(String role) {
        return roles.contains(role);
    }
}
