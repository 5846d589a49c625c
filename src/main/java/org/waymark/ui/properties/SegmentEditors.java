package org.waymark.ui.properties;

import java.util.List;
import javafx.scene.control.TextField;
import org.waymark.model.journey.Journey;
import org.waymark.model.tile.Membership;
import org.waymark.model.tile.RecordKind;
import org.waymark.model.tile.RecordUpdatedStartTile;
import org.waymark.model.tile.SegmentCombination;
import org.waymark.model.tile.SegmentGroupTile;
import org.waymark.model.tile.SegmentSource;
import org.waymark.model.tile.SegmentTile;

/** Editors of the journey's starts: a segment group, a segment inside it, and the record-updated start. */
final class SegmentEditors {

    private SegmentEditors() {
    }

    /** Union or intersection of the group's included segments. */
    static final class Group extends TileEditor<SegmentGroupTile> {
        private final RadioChoice<SegmentCombination> combination;

        Group(EditContext context, SegmentGroupTile tile, Journey journey) {
            super(context, SegmentGroupTile.class, tile, journey);
            combination = new RadioChoice<>("property-combination", List.of(SegmentCombination.values()),
                    c -> c == SegmentCombination.UNION ? "Union (in any segment)" : "Intersection (in every segment)",
                    "Combine included segments by", "Which contacts of the included segments join the journey");
            combination.onChange(c -> apply(context.changes().withCombination(tile(), c), "combination"));
            add(new Field("Combine included segments by", combination, combination.first()));
        }

        @Override
        protected void update() {
            combination.show(tile().combination());
        }
    }

    /** The segment or subscription list a segment tile loads, and whether it adds or removes its contacts. */
    static final class Segment extends TileEditor<SegmentTile> {
        private final RadioChoice<SegmentSource> source;
        private final AssetPicker picker;
        private final RadioChoice<Membership> membership;

        Segment(EditContext context, SegmentTile tile, Journey journey) {
            super(context, SegmentTile.class, tile, journey);
            source = new RadioChoice<>("property-source", List.of(SegmentSource.values()),
                    s -> s == SegmentSource.SEGMENT ? "Segment" : "Subscription list", "Load contacts from",
                    "A segment, or the members of a subscription list");
            source.onChange(s -> apply(context.changes().withSource(tile(), s), "source"));
            picker = new AssetPicker(context, this::tile, edited -> apply(edited, "segment"));
            picker.reloadChoices();
            markMainSetting(picker.box());
            membership = new RadioChoice<>("property-membership", List.of(Membership.values()),
                    m -> m == Membership.INCLUDE ? "Include" : "Exclude", "Its contacts are",
                    "Include adds the contacts to the group; exclude keeps them out");
            membership.onChange(m -> apply(context.changes().withMembership(tile(), m), "membership"));
            add(new Field("Load contacts from", source, source.first()), picker.field(),
                    new Field("Its contacts are", membership, membership.first()));
        }

        @Override
        protected void update() {
            source.show(tile().source());
            picker.update();
            membership.show(tile().membership());
        }
    }

    /** The kind of record whose change starts the journey, and the field (empty: any field). */
    static final class RecordUpdated extends TileEditor<RecordUpdatedStartTile> {
        private final RadioChoice<RecordKind> record;
        private final TextField field = new TextField();
        private final Synced<String> fieldSync = Synced.text(field);

        RecordUpdated(EditContext context, RecordUpdatedStartTile tile, Journey journey) {
            super(context, RecordUpdatedStartTile.class, tile, journey);
            record = new RadioChoice<>("property-record", List.of(RecordKind.values()), Texts::sentence, "Record",
                    "The kind of record whose change starts the journey");
            record.onChange(r -> apply(context.changes().withRecord(tile(), r), "record"));
            field.setId("property-field");
            field.setPromptText("Any field");
            field.textProperty().addListener((o, before, now) -> {
                if (!fieldSync.writing()) {
                    apply(context.changes().withField(tile(), now), "field");
                }
            });
            add(new Field("Record", record, record.first()),
                    Field.of("Field", field, "The field whose change starts the journey; empty for any change")
                            .hint("Empty: any change to the record"));
        }

        @Override
        protected void update() {
            record.show(tile().record());
            fieldSync.show(tile().field());
        }
    }
}
