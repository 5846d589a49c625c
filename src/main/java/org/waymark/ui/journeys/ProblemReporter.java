package org.waymark.ui.journeys;

/** Tells the user that something they asked for failed; the window shows it in a dialog. */
@FunctionalInterface
public interface ProblemReporter {

    /** {@code heading} says what failed ("Cannot import x.waymark.json"), {@code detail} why, in the user's words. */
    void report(String heading, String detail);
}
