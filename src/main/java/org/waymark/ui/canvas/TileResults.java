package org.waymark.ui.canvas;

/**
 * Keeps the simulation counts on the tile cards: whenever the view model's results change, and after every redraw
 * (new cards start without counts), each card shows its tile's line and its accessible help says it too.
 */
final class TileResults {

    private TileResults() {
    }

    static void follow(PipelineCanvas canvas, JourneyCanvasViewModel model) {
        Runnable apply = () -> {
            for (TileNode node : canvas.tileNodes()) {
                PlacedTile placed = node.placed();
                String line = model.resultLine(placed);
                if (!line.equals(node.resultText())) {
                    node.showResult(line);
                    node.moveTo(placed, model.accessibleText(placed), model.accessibleHelp(placed));
                }
            }
        };
        model.resultsProperty().addListener((obs, old, now) -> apply.run());
        model.drawingProperty().addListener((obs, old, now) -> apply.run());
        apply.run();
    }
}
