package org.waymark.model.edit;

import java.util.Objects;
import org.waymark.model.journey.Journey;

/**
 * A command that changes a {@link JourneyDocument}. The change is computed once from the journey as it was;
 * undo puts that journey back and redo the computed one, so undo and redo are exact. Edits with the same
 * merge key that follow each other become one undo step.
 */
public abstract class JourneyEdit implements Command {

    private final JourneyDocument document;
    private final String description;
    private Journey before;
    private Journey after;

    protected JourneyEdit(JourneyDocument document, String description) {
        this.document = document;
        this.description = description;
    }

    /** The changed journey; throws {@link EditRefusedException} when the change breaks a rule. */
    protected abstract Journey apply(Journey journey);

    /** Edits with equal non-null keys in a row merge into one undo step; null never merges. */
    protected String mergeKey() {
        return null;
    }

    @Override
    public final void execute() {
        if (after == null) {
            before = document.journey();
            after = apply(before);
        }
        document.replace(after);
    }

    @Override
    public final void undo() {
        document.replace(before);
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public boolean absorb(Command next) {
        if (!(next instanceof JourneyEdit edit) || mergeKey() == null || !Objects.equals(mergeKey(), edit.mergeKey())
                || edit.document != document || edit.before != after) {
            return false;
        }
        after = edit.after;
        return true;
    }

    /** The journey after this edit, once executed. */
    public Journey result() {
        return after;
    }
}
