package org.waymark.ui.edit;

/** Asks the user before a deletion that takes whole paths with it; true to delete. */
@FunctionalInterface
public interface DeleteQuestion {

    /** {@code heading} says what goes ("Delete 8 tiles?"), {@code detail} why that many. */
    boolean confirm(String heading, String detail);
}
