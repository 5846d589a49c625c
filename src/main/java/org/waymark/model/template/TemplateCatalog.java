package org.waymark.model.template;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.waymark.model.file.JourneyFileException;
import org.waymark.model.file.JourneyFileReader;
import org.waymark.model.journey.BusinessUnitScope;
import org.waymark.model.journey.ConsentLevel;
import org.waymark.model.journey.Journey;
import org.waymark.model.journey.JourneySettings;
import org.waymark.model.journey.JourneyStatus;
import org.waymark.model.journey.Schedule;
import org.waymark.model.journey.TargetKind;
import org.waymark.model.tile.SegmentCombination;
import org.waymark.model.tile.SegmentGroupTile;

/**
 * The journey templates File ▸ New offers: the built-in blank journey first, then the templates listed in
 * {@code /assets/templates/templates.json} (id, name, category, description, file), each file read with the
 * journey file reader. Lists categories, searches, and makes a fresh draft from a template.
 */
public final class TemplateCatalog {

    public static final String FOLDER = "/assets/templates/";
    public static final String INDEX = "templates.json";
    /** The id the blank journey's segment group gets, as in a blank journey made elsewhere. */
    public static final String BLANK_FIRST_TILE_ID = "segment-group";
    static final long BLANK_DAYS = 90;

    /** Opens a file of the template folder by name, or returns null when there is none. */
    @FunctionalInterface
    public interface Resources {
        InputStream open(String fileName) throws IOException;
    }

    private final List<JourneyTemplate> templates;
    private final TemplateInstantiation instantiation = new TemplateInstantiation();

    /** A catalog of {@code blank} followed by {@code others}; ids must be distinct. */
    public TemplateCatalog(List<JourneyTemplate> others) {
        List<JourneyTemplate> all = new ArrayList<>();
        all.add(blank());
        all.addAll(others);
        Set<String> ids = new HashSet<>();
        for (JourneyTemplate template : all) {
            if (!ids.add(template.id())) {
                throw new TemplateCatalogException("Two templates have the id \"" + template.id() + "\"");
            }
        }
        this.templates = List.copyOf(all);
    }

    /** The templates shipped with Waymark, read from the class path. */
    public static TemplateCatalog fromClassPath() {
        return load(name -> TemplateCatalog.class.getResourceAsStream(FOLDER + name));
    }

    public static TemplateCatalog load(Resources resources) {
        JsonNode index = readIndex(resources);
        JourneyFileReader reader = new JourneyFileReader();
        List<JourneyTemplate> loaded = new ArrayList<>();
        JsonNode entries = index.path("templates");
        if (!entries.isArray()) {
            throw new TemplateCatalogException(INDEX + ": \"templates\" must be a list");
        }
        for (int i = 0; i < entries.size(); i++) {
            JsonNode entry = entries.get(i);
            String where = INDEX + " $.templates[" + i + "]";
            String file = text(entry, "file", where);
            loaded.add(new JourneyTemplate(text(entry, "id", where), text(entry, "name", where),
                    text(entry, "category", where), text(entry, "description", where), readJourney(resources, file, reader)));
        }
        return new TemplateCatalog(loaded);
    }

    /** Every template, the blank one first, then in the index's order. */
    public List<JourneyTemplate> templates() {
        return templates;
    }

    /** The categories of the index in the order they first appear; the blank entry has none. */
    public List<String> categories() {
        Set<String> categories = new LinkedHashSet<>();
        templates.stream().filter(t -> !t.isBlank()).forEach(t -> categories.add(t.category()));
        return List.copyOf(categories);
    }

    public Optional<JourneyTemplate> find(String id) {
        return templates.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    /** The built-in blank entry. */
    public JourneyTemplate blankTemplate() {
        return templates.get(0);
    }

    /**
     * The templates of {@code category} (every template when it is null) whose name, description or category
     * holds every word of {@code query}, in catalog order. The blank entry is in every category and, as long
     * as the query is blank or matches it, comes first.
     */
    public List<JourneyTemplate> search(String category, String query) {
        String words = query == null ? "" : query.strip();
        return templates.stream()
                .filter(t -> t.isBlank() || category == null || t.category().equals(category))
                .filter(t -> words.isEmpty() || t.matches(words))
                .toList();
    }

    /**
     * A new draft journey from {@code template}: named {@code name}, running from {@code start} in {@code zone}
     * for as long as the template runs, its dated waits moved along (see {@link TemplateInstantiation}), with no
     * milestones.
     */
    public Journey create(JourneyTemplate template, String name, LocalDateTime start, ZoneId zone) {
        return instantiation.create(template.journey(), name, start, zone);
    }

    private static JourneyTemplate blank() {
        LocalDateTime start = LocalDateTime.of(2027, 1, 1, 9, 0);
        JourneySettings settings = new JourneySettings("New journey", "", "", "", TargetKind.CONTACTS, ConsentLevel.NONE,
                BusinessUnitScope.ORGANIZATION, new Schedule(start, start.plusDays(BLANK_DAYS), ZoneOffset.UTC), "",
                null, null, JourneyStatus.DRAFT, List.of());
        Journey journey = new Journey(settings, List.of(
                new SegmentGroupTile(BLANK_FIRST_TILE_ID, "", SegmentCombination.UNION, List.of())));
        return new JourneyTemplate(JourneyTemplate.BLANK_ID, "Blank journey", "",
                "Start from scratch with an empty segment group and add tiles yourself.", journey);
    }

    private static JsonNode readIndex(Resources resources) {
        try (InputStream in = resources.open(INDEX)) {
            if (in == null) {
                throw new TemplateCatalogException("The template index " + FOLDER + INDEX + " is missing");
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new TemplateCatalogException("The template index cannot be read: " + e.getMessage(), e);
        }
    }

    private static Journey readJourney(Resources resources, String file, JourneyFileReader reader) {
        try (InputStream in = resources.open(file)) {
            if (in == null) {
                throw new TemplateCatalogException("The template file " + FOLDER + file + " is missing");
            }
            return reader.read(in);
        } catch (IOException e) {
            throw new TemplateCatalogException("The template " + file + " cannot be read: " + e.getMessage(), e);
        } catch (JourneyFileException e) {
            throw new TemplateCatalogException("The template " + file + " is not a valid journey: " + e.getMessage(), e);
        }
    }

    private static String text(JsonNode entry, String field, String where) {
        JsonNode value = entry.path(field);
        if (!value.isTextual() || value.asText().isBlank()) {
            throw new TemplateCatalogException(where + "." + field + ": must be a non-empty text");
        }
        return value.asText();
    }
}
