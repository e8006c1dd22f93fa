package org.homeward.corpus;

/**
 * A news outlet and how its copy is laid out.
 *
 * @param name the outlet's name
 * @param tag its name in datelines ("Reuters", "AP"); empty if it writes none
 * @param dateline how its datelines look
 * @param credit how it credits reporters
 */
record Publisher(String name, String tag, Dateline dateline, Credit credit) {

    /** Dateline styles: "ALMATY, March 3 (Reuters) -", "OSLO, March 3. /NTB/.", or none. */
    enum Dateline { PAREN, SLASH, NONE }

    /** Credit styles: "(Reporting by ...; Editing by ...)", "X correspondent Y contributed to this report.", none. */
    enum Credit { WIRE, STAFF, NONE }
}
