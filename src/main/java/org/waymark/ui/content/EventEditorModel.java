package org.waymark.ui.content;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.waymark.model.content.Asset;
import org.waymark.model.content.AssetKind;
import org.waymark.model.content.AssetProblem;
import org.waymark.model.content.AssetStatus;
import org.waymark.model.content.MarketingEvent;

/** An event being edited: start and end typed as "2026-06-01 09:00" (the end may be left empty), and its place. */
public final class EventEditorModel extends AssetEditorModel {

    public static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final StringProperty start = new SimpleStringProperty("");
    private final StringProperty end = new SimpleStringProperty("");
    private final StringProperty place = new SimpleStringProperty("");

    public EventEditorModel() {
        watch(start, end, place);
    }

    @Override
    public AssetKind kind() {
        return AssetKind.EVENT;
    }

    public StringProperty startProperty() {
        return start;
    }

    public StringProperty endProperty() {
        return end;
    }

    public StringProperty placeProperty() {
        return place;
    }

    @Override
    public List<AssetProblem> inputProblems() {
        List<AssetProblem> problems = new ArrayList<>();
        check(problems, "Start", start.get());
        check(problems, "End", end.get());
        return problems;
    }

    @Override
    protected void fill(Asset asset) {
        MarketingEvent event = (MarketingEvent) asset;
        start.set(event.start() == null ? "" : WHEN.format(event.start()));
        end.set(event.end() == null ? "" : WHEN.format(event.end()));
        place.set(event.place());
    }

    @Override
    protected Asset build(long id, AssetStatus status) {
        return new MarketingEvent(id, nameProperty().get(), parse(start.get()), parse(end.get()), place.get(), status);
    }

    @Override
    protected String notesFor(Asset asset) {
        return String.join("\n", inputProblems().stream().map(AssetProblem::toString).toList());
    }

    private static void check(List<AssetProblem> problems, String field, String text) {
        if (text != null && !text.isBlank() && parse(text) == null) {
            problems.add(new AssetProblem(field, "'" + text.strip() + "' is not a date and time; write it as "
                    + "2026-06-01 09:00"));
        }
    }

    private static LocalDateTime parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(text.strip(), WHEN);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
