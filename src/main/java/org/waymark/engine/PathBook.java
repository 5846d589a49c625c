package org.waymark.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.waymark.model.journey.TilePlace;
import org.waymark.model.tile.Tile;

/**
 * Each contact's path, kept small: a journey is a tree, so the furthest tile a contact reached in an iteration
 * names the whole path to it (the tiles before it in its sequence, and so on up to the start).
 */
final class PathBook {

    private final List<TilePlace> places;
    private final Population population;
    private final short[][] lastTiles;

    PathBook(List<TilePlace> places, Population population, short[][] lastTiles) {
        this.places = places;
        this.population = population;
        this.lastTiles = lastTiles;
    }

    /** The tile ids the contact went through, iteration after iteration; empty if it never entered. */
    Optional<List<String>> pathOf(long contactId) {
        int index = population.indexOf(contactId);
        if (index < 0) {
            return Optional.empty();
        }
        List<String> path = new ArrayList<>();
        for (short[] iteration : lastTiles) {
            if (iteration[index] >= 0) {
                path.addAll(pathTo(places.get(iteration[index])));
            }
        }
        return Optional.of(List.copyOf(path));
    }

    /** How many contacts entered in at least one iteration. */
    long contactsEntered() {
        long entered = 0;
        for (int i = 0; i < population.size(); i++) {
            for (short[] iteration : lastTiles) {
                if (iteration[i] >= 0) {
                    entered++;
                    break;
                }
            }
        }
        return entered;
    }

    private List<String> pathTo(TilePlace place) {
        List<String> path = new ArrayList<>();
        TilePlace here = place;
        while (here != null) {
            List<String> before = new ArrayList<>();
            for (int i = 0; i <= here.index(); i++) {
                before.add(here.sequence().get(i).id());
            }
            path.addAll(0, before);
            here = ownerPlace(here.owner());
        }
        return path;
    }

    private TilePlace ownerPlace(Tile owner) {
        if (owner == null) {
            return null;
        }
        for (TilePlace candidate : places) {
            if (candidate.tile() == owner) {
                return candidate;
            }
        }
        return null;
    }
}
