package org.waymark.ui.templates;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.waymark.model.journey.Journey;
import org.waymark.model.template.JourneyTemplate;
import org.waymark.model.template.TemplateCatalog;
import org.waymark.model.tile.TileType;

/**
 * What the template gallery shows and does: the categories ("All" first), the search words, the matching
 * templates (the blank journey first), the chosen one, and the name of the journey to create. The name
 * follows the chosen template until the user types one. The new journey starts at the next full hour in the
 * user's time zone, like a blank one.
 */
public final class TemplateGalleryViewModel {

    public static final String ALL = "All";
    public static final String BLANK_NAME = "New journey";

    private final TemplateCatalog catalog;
    private final Clock clock;
    private final ZoneId zone;
    private final ObservableList<String> categories = FXCollections.observableArrayList();
    private final StringProperty category = new SimpleStringProperty(ALL);
    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<JourneyTemplate> shown = FXCollections.observableArrayList();
    private final ObjectProperty<JourneyTemplate> selected = new SimpleObjectProperty<>();
    private final StringProperty name = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper resultText = new ReadOnlyStringWrapper("");
    private final BooleanBinding canCreate;
    private boolean suggesting;
    private boolean nameTyped;

    public TemplateGalleryViewModel(TemplateCatalog catalog, Clock clock, ZoneId zone) {
        this.catalog = catalog;
        this.clock = clock;
        this.zone = zone;
        List<String> all = new ArrayList<>();
        all.add(ALL);
        all.addAll(catalog.categories());
        categories.setAll(all);
        category.addListener((obs, old, now) -> refresh());
        query.addListener((obs, old, now) -> refresh());
        selected.addListener((obs, old, now) -> suggestName(now));
        name.addListener((obs, old, now) -> {
            if (!suggesting) {
                nameTyped = now != null && !now.isBlank();
            }
        });
        canCreate = Bindings.createBooleanBinding(() -> selected.get() != null && name.get() != null
                && !name.get().isBlank(), selected, name);
        refresh();
    }

    /** "All", then the catalog's categories. */
    public ObservableList<String> categories() {
        return categories;
    }

    /** The chosen category; null or "All" shows every template. */
    public StringProperty categoryProperty() {
        return category;
    }

    public StringProperty queryProperty() {
        return query;
    }

    /** The templates that match the category and the search words, the blank journey first. */
    public ObservableList<JourneyTemplate> shown() {
        return shown;
    }

    public ObjectProperty<JourneyTemplate> selectedProperty() {
        return selected;
    }

    /** The name of the journey to create. */
    public StringProperty nameProperty() {
        return name;
    }

    /** "9 templates" or "No template matches “xyz”", for the status line and screen readers. */
    public ReadOnlyStringProperty resultTextProperty() {
        return resultText.getReadOnlyProperty();
    }

    /** True when a template is chosen and the journey has a name. */
    public BooleanBinding canCreate() {
        return canCreate;
    }

    /** Back to how the gallery opens: every category, no search words, the blank journey chosen and named. */
    public void reset() {
        nameTyped = false;
        category.set(ALL);
        query.set("");
        selected.set(null);
        refresh();
    }

    /** Moves the choice up or down the shown templates, staying within them. */
    public void moveSelection(int delta) {
        if (shown.isEmpty()) {
            return;
        }
        int index = selected.get() == null ? -1 : shown.indexOf(selected.get());
        int next = index < 0 ? (delta > 0 ? 0 : shown.size() - 1) : index + delta;
        selected.set(shown.get(Math.max(0, Math.min(shown.size() - 1, next))));
    }

    /** The new draft journey from the chosen template; call only when {@link #canCreate()} holds. */
    public Journey create() {
        if (!canCreate.get()) {
            throw new IllegalStateException("Choose a template and give the journey a name first");
        }
        return catalog.create(selected.get(), name.get(), nextFullHour(), zone);
    }

    /** "14 tiles". */
    public String tileCountText(JourneyTemplate template) {
        int count = template.tileCount();
        return count + (count == 1 ? " tile" : " tiles");
    }

    /** The words a screen reader says for a template card. */
    public String accessibleText(JourneyTemplate template) {
        String types = template.tileTypes().stream().map(TileType::label).map(l -> l.toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", "));
        return template.name() + ", " + tileCountText(template) + ". " + template.description() + " Uses: " + types + ".";
    }

    private void refresh() {
        String chosen = category.get();
        List<JourneyTemplate> found = catalog.search(chosen == null || ALL.equals(chosen) ? null : chosen, query.get());
        JourneyTemplate current = selected.get();
        boolean searching = !query.get().isBlank();
        JourneyTemplate next = current != null && found.contains(current) && !(searching && current.isBlank())
                ? current : firstChoice(found, searching);
        shown.setAll(found);
        selected.set(next);
        String words = query.get().strip();
        resultText.set(found.isEmpty() ? "No template matches “" + words + "”"
                : found.size() + (found.size() == 1 ? " template" : " templates"));
    }

    /** The first template found; while searching, the first real match rather than the blank journey. */
    private static JourneyTemplate firstChoice(List<JourneyTemplate> found, boolean searching) {
        if (found.isEmpty()) {
            return null;
        }
        return searching && found.get(0).isBlank() && found.size() > 1 ? found.get(1) : found.get(0);
    }

    private void suggestName(JourneyTemplate template) {
        if (nameTyped || template == null) {
            return;
        }
        suggesting = true;
        try {
            name.set(template.isBlank() ? BLANK_NAME : template.name());
        } finally {
            suggesting = false;
        }
    }

    private LocalDateTime nextFullHour() {
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), zone);
        LocalDateTime hour = now.truncatedTo(ChronoUnit.HOURS);
        return hour.equals(now) ? hour : hour.plusHours(1);
    }
}
