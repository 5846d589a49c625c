package org.waymark.ui.journeys;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.VBox;
import org.waymark.ui.window.WrappedText;
import org.waymark.model.journey.JourneySummary;
import org.waymark.ui.appearance.StyleClass;

/** A journey in the list: its name over its status and size, e.g. "Draft · 13 tiles". */
final class JourneySummaryCell extends ListCell<JourneySummary> {

    private final Label name = new Label();
    private final Label details = new Label();
    private final VBox graphic = new VBox(2, name, details);

    private final JourneyListViewModel model;

    JourneySummaryCell(JourneyListViewModel model) {
        this.model = model;
        getStyleClass().add(StyleClass.JOURNEY_CELL);
        name.getStyleClass().add(StyleClass.JOURNEY_NAME);
        WrappedText.wrap(name);
        details.getStyleClass().add(StyleClass.JOURNEY_DETAILS);
        graphic.setMinWidth(0);
        // as wide as the list, not as the name: long names wrap instead of scrolling sideways
        setPrefWidth(0);
    }

    static String details(JourneySummary summary) {
        return summary.status().label() + " · " + summary.tileCount() + (summary.tileCount() == 1 ? " tile" : " tiles");
    }

    @Override
    protected void updateItem(JourneySummary summary, boolean empty) {
        super.updateItem(summary, empty);
        getStyleClass().removeAll(
                StyleClass.Hooks.STATUS_DRAFT, StyleClass.Hooks.STATUS_LIVE, StyleClass.Hooks.STATUS_STOPPED);
        if (empty || summary == null) {
            setGraphic(null);
            setText(null);
            setAccessibleText(null);
            return;
        }
        name.setText(model.displayName(summary));
        details.setText(details(summary));
        getStyleClass().add(switch (summary.status()) {
            case DRAFT -> StyleClass.Hooks.STATUS_DRAFT;
            case LIVE -> StyleClass.Hooks.STATUS_LIVE;
            case STOPPED -> StyleClass.Hooks.STATUS_STOPPED;
        });
        setText(null);
        setGraphic(graphic);
        boolean unsaved = !name.getText().equals(summary.name());
        setAccessibleText(summary.name() + (unsaved ? ", unsaved changes" : "") + ", "
                + details(summary).replace(" · ", ", "));
    }
}
