package org.homeward.server;

/**
 * Gives every error answer an id: Homeward's own refusals carry theirs, and those that Fuseki or Jetty
 * make (a malformed query, an unknown graph, a timeout, a failure) get the id of their class by status.
 */
final class ErrorIds {

    /** The id of a query that ran past its time limit. */
    static final String TIMED_OUT = "HW-E068";
    /** The id of a request refused by Fuseki or Jetty as malformed or not acceptable. */
    static final String REFUSED = "HW-E069";
    /** The id of a failure on the server's side. */
    static final String INTERNAL = "HW-E094";

    private ErrorIds() {}

    /** The message as it is if it has an id, else with the id of its status put before it. */
    static String identify(int status, String message) {
        String text = message == null ? "" : message.strip();
        if (text.startsWith("HW-")) {
            return text;
        }
        if (status == 503) {
            return TIMED_OUT + " the query ran past its time limit and was cancelled"
                    + (text.isEmpty() ? "" : " (" + text + ")");
        }
        String id = status >= 500 ? INTERNAL : REFUSED;
        return id + " " + (text.isEmpty() ? "HTTP " + status : text);
    }
}
