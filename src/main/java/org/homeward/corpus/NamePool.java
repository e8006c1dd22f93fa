package org.homeward.corpus;

import java.util.List;

/** The personal names of one region, from which people are invented. */
record NamePool(List<String> women, List<String> men, List<String> surnames) {

    /** Copies the lists; each must hold at least one name. */
    NamePool {
        women = List.copyOf(women);
        men = List.copyOf(men);
        surnames = List.copyOf(surnames);
        if (women.isEmpty() || men.isEmpty() || surnames.isEmpty()) {
            throw new IllegalArgumentException("corpus name pool needs women's, men's and family names");
        }
    }

    /** A woman or a man of the region. */
    Person person(Dice dice) {
        boolean woman = dice.chance(0.45);
        String surname = dice.pick(surnames);
        // Surnames in -ov, -ev and -in take a feminine ending: Ivanov, Ivanova.
        boolean gendered = surname.endsWith("ov") || surname.endsWith("ev") || surname.endsWith("in");
        return new Person(dice.pick(woman ? women : men), woman && gendered ? surname + "a" : surname);
    }
}
