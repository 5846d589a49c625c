package org.waymark.ui.canvas;

/**
 * Keeps the simulation counts on the tile cards: whenever the view model's results change, and after every redraw
 * (new cards start without counts), each card shows its tile's badges and its accessible help says what they count.
 */
final class TileResults {

    private TileResults() {
    }

    static void follow(PipelineCanvas canvas, JourneyCanvasViewModel model) {
        Runnable apply = () -> {
            for (TileNode node : canvas.tileNodes()) {
                PlacedTile placed = node.placed();
                java.util.List<TileBadge> badges = model.resultBadges(placed);
                if (!TileBadge.line(badges).equals(node.resultText())) {
                    node.showBadges(badges);
                    node.moveTo(placed, model.accessibleText(placed), model.accessibleHelp(placed));
                }
            }
        };
        model.resultsProperty().addListener((obs, old, now) -> apply.run());
        model.drawingProperty().addListener((obs, old, now) -> apply.run());
        apply.run();
    }
}
