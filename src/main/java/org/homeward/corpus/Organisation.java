package org.homeward.corpus;

import java.util.List;

/**
 * An international organisation that speaks about returns.
 *
 * @param name the name as written mid-sentence ("the International Organization for Migration")
 * @param shortName the short name as written mid-sentence ("the IOM")
 * @param roles its staff's roles, written before the short name ("a spokesperson for")
 */
record Organisation(String name, String shortName, List<String> roles) {

    /** Copies the roles; there must be at least one. */
    Organisation {
        roles = List.copyOf(roles);
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("corpus organisation " + name + " has no staff roles");
        }
    }
}
