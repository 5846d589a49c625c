package org.waymark.ui.canvas;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.waymark.model.journey.JourneyProblem;
import org.waymark.model.journey.JourneyProblem.Severity;

/**
 * What "check for errors" found, by tile: each problem belongs to the tile with the longest path that its
 * own path starts with ({@code $.pipeline[0].segments} to the segment group at {@code $.pipeline[0]}).
 * Problems of the journey as a whole ({@code $.settings.end}) belong to no tile.
 */
public final class TileProblems {

    public static final TileProblems NONE = new TileProblems(List.of(), Set.of());

    private final Map<String, List<JourneyProblem>> byTilePath = new HashMap<>();
    private final List<JourneyProblem> all;

    public TileProblems(List<JourneyProblem> problems, Set<String> tilePaths) {
        this.all = List.copyOf(problems);
        for (JourneyProblem problem : problems) {
            owner(problem.path(), tilePaths)
                    .ifPresent(path -> byTilePath.computeIfAbsent(path, p -> new ArrayList<>()).add(problem));
        }
    }

    public List<JourneyProblem> of(String tilePath) {
        return byTilePath.getOrDefault(tilePath, List.of());
    }

    /** The worst problem of the tile, if it has any. */
    public Optional<Severity> severity(String tilePath) {
        List<JourneyProblem> problems = of(tilePath);
        if (problems.isEmpty()) {
            return Optional.empty();
        }
        boolean error = problems.stream().anyMatch(p -> p.severity() == Severity.ERROR);
        return Optional.of(error ? Severity.ERROR : Severity.WARNING);
    }

    public long count(Severity severity) {
        return all.stream().filter(p -> p.severity() == severity).count();
    }

    private static Optional<String> owner(String problemPath, Set<String> tilePaths) {
        String best = null;
        for (String tilePath : tilePaths) {
            boolean owns = problemPath.equals(tilePath)
                    || problemPath.startsWith(tilePath) && problemPath.charAt(tilePath.length()) == '.';
            if (owns && (best == null || tilePath.length() > best.length())) {
                best = tilePath;
            }
        }
        return Optional.ofNullable(best);
    }
}
