package org.waymark.model.edit;

/**
 * Names one sequence of tiles in a journey's tree: the top pipeline, a lane of a trigger ({@code true} or
 * {@code false}) or of a splitter (the branch id), the segments of a segment group, or the content of an email.
 */
public record SequenceRef(Kind kind, String ownerId, String key) {

    public enum Kind {
        PIPELINE,
        LANE,
        SEGMENTS,
        CONTENT
    }

    private static final SequenceRef PIPELINE_REF = new SequenceRef(Kind.PIPELINE, null, null);

    public static SequenceRef pipeline() {
        return PIPELINE_REF;
    }

    public static SequenceRef lane(String branchingTileId, String laneKey) {
        return new SequenceRef(Kind.LANE, branchingTileId, laneKey);
    }

    public static SequenceRef segments(String segmentGroupId) {
        return new SequenceRef(Kind.SEGMENTS, segmentGroupId, null);
    }

    public static SequenceRef content(String emailId) {
        return new SequenceRef(Kind.CONTENT, emailId, null);
    }

    /** A sequence nested inside a tile (segments, content) rather than a path contacts travel along. */
    public boolean isNested() {
        return kind == Kind.SEGMENTS || kind == Kind.CONTENT;
    }
}
