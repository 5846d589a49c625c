package org.waymark.ui.properties;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import javafx.scene.control.TextField;
import org.waymark.model.journey.Journey;
import org.waymark.model.tile.ActionTarget;
import org.waymark.model.tile.ActivityKind;
import org.waymark.model.tile.ActivityTile;
import org.waymark.model.tile.CreateLeadTile;
import org.waymark.model.tile.LaunchWorkflowTile;
import org.waymark.model.tile.Tile;

/**
 * Editor of the internal actions: an activity (kind, subject, owner), a lead (topic) or a workflow (its name),
 * each once per contact or once per account.
 */
final class ActionEditor extends TileEditor<Tile> {

    private final RadioChoice<ActivityKind> kind;
    private final TextField text = new TextField();
    private final Synced<String> textSync = Synced.text(text);
    private final Field textField;
    private final TextField owner = new TextField();
    private final Synced<String> ownerSync = Synced.text(owner);
    private final RadioChoice<ActionTarget> per;

    ActionEditor(EditContext context, Tile tile, Journey journey) {
        super(context, Tile.class, tile, journey);
        TileChanges changes = context.changes();
        if (tile instanceof ActivityTile) {
            kind = new RadioChoice<>("property-kind", List.of(ActivityKind.values()), Texts::sentence, "Activity",
                    "What the activity creates for a colleague");
            kind.onChange(k -> apply(changes.withKind(activity(), k), "kind"));
            add(new Field("Activity", kind, kind.first()));
        } else {
            kind = null;
        }
        String label = tile instanceof ActivityTile ? "Subject" : tile instanceof CreateLeadTile ? "Topic" : "Workflow";
        String fieldName = label.toLowerCase(java.util.Locale.ROOT);
        text.setId("property-" + fieldName);
        textField = Field.of(label, text, help(tile));
        text.textProperty().addListener((o, before, now) -> {
            if (!textSync.writing()) {
                apply(withText(now), fieldName);
            }
        });
        add(textField);
        if (tile instanceof ActivityTile) {
            owner.setId("property-owner");
            owner.setPromptText("The journey owner");
            owner.textProperty().addListener((o, before, now) -> {
                if (!ownerSync.writing()) {
                    apply(changes.withOwner(activity(), now), "owner");
                }
            });
            add(Field.of("Owner", owner, "The colleague who gets the activity; empty gives it to the journey owner")
                    .hint("Empty: the journey owner gets it"));
        }
        per = new RadioChoice<>("property-per", List.of(ActionTarget.values()),
                t -> t == ActionTarget.CONTACT ? "Each contact" : "Each account", "Once for",
                "Whether this happens for every contact, or once for each account when the journey targets accounts");
        per.onChange(p -> apply(withPer(p), "per"));
        add(new Field("Once for", per, per.first()));
    }

    @Override
    protected void update() {
        Tile tile = tile();
        if (kind != null) {
            kind.show(activity().kind());
            ownerSync.show(activity().owner());
        }
        textSync.show(read(tile, ActivityTile::subject, CreateLeadTile::topic, LaunchWorkflowTile::workflow));
        per.show(read(tile, ActivityTile::per, CreateLeadTile::per, LaunchWorkflowTile::per));
        textField.problems(null, text.getText().isBlank() ? missing(tile) : null);
    }

    private ActivityTile activity() {
        return (ActivityTile) tile();
    }

    private Tile withText(String value) {
        TileChanges changes = context.changes();
        return with(tile(), changes::withSubject, changes::withTopic, changes::withWorkflow, value);
    }

    private Tile withPer(ActionTarget target) {
        TileChanges changes = context.changes();
        return with(tile(), changes::withPer, changes::withPer, changes::withPer, target);
    }

    private static <V> Tile with(Tile tile, BiFunction<ActivityTile, V, Tile> activity,
                                 BiFunction<CreateLeadTile, V, Tile> lead, BiFunction<LaunchWorkflowTile, V, Tile> workflow,
                                 V value) {
        if (tile instanceof ActivityTile t) {
            return activity.apply(t, value);
        }
        return tile instanceof CreateLeadTile t ? lead.apply(t, value) : workflow.apply((LaunchWorkflowTile) tile, value);
    }

    private static <V> V read(Tile tile, Function<ActivityTile, V> activity, Function<CreateLeadTile, V> lead,
                              Function<LaunchWorkflowTile, V> workflow) {
        if (tile instanceof ActivityTile t) {
            return activity.apply(t);
        }
        return tile instanceof CreateLeadTile t ? lead.apply(t) : workflow.apply((LaunchWorkflowTile) tile);
    }

    private static String help(Tile tile) {
        if (tile instanceof ActivityTile) {
            return "What the task, phone call or appointment is about";
        }
        return tile instanceof CreateLeadTile ? "What the contact is interested in; the lead is created on this topic"
                : "The name of the business workflow to start";
    }

    private static String missing(Tile tile) {
        if (tile instanceof ActivityTile) {
            return "Give the activity a subject";
        }
        return tile instanceof CreateLeadTile ? "Give the lead a topic" : "Name the workflow to launch";
    }
}
