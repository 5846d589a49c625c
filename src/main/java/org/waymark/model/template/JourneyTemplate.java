package org.waymark.model.template;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.waymark.model.journey.Journey;
import org.waymark.model.journey.PipelineWalker;
import org.waymark.model.journey.TilePlace;
import org.waymark.model.tile.TileType;

/**
 * One entry of the template gallery: what the index says about it and the journey it starts from. The
 * journey is the template's structure, not something to save as it is: {@link TemplateCatalog#create}
 * makes a fresh draft from it.
 */
public record JourneyTemplate(String id, String name, String category, String description, Journey journey) {

    /** The id of the built-in entry that starts from scratch. */
    public static final String BLANK_ID = "blank";

    public boolean isBlank() {
        return BLANK_ID.equals(id);
    }

    /** Every tile of the pipeline, nested ones included. */
    public int tileCount() {
        return PipelineWalker.count(journey.pipeline());
    }

    /** The tile types the template uses, each once, in the order they first appear. */
    public List<TileType> tileTypes() {
        Set<TileType> types = new LinkedHashSet<>();
        for (TilePlace place : PipelineWalker.places(journey.pipeline())) {
            types.add(place.tile().type());
        }
        return List.copyOf(types);
    }

    /** True when every word of {@code query} appears in the name, description or category (ignoring case). */
    public boolean matches(String query) {
        String haystack = (name + " " + description + " " + category).toLowerCase(Locale.ROOT);
        for (String word : query.toLowerCase(Locale.ROOT).trim().split("\\s+")) {
            if (!word.isEmpty() && !haystack.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
