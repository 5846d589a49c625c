package org.waymark.model.edit;

/** A place a tile can go: before the tile at {@code index} of a sequence ({@code index == size} appends). */
public record InsertionPoint(SequenceRef sequence, int index) {

    public static InsertionPoint of(SequenceRef sequence, int index) {
        return new InsertionPoint(sequence, index);
    }
}
