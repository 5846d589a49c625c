package org.waymark.ui.properties;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.waymark.model.content.AssetCatalog;
import org.waymark.model.content.AssetKind;

/** An asset catalog in memory, with the names the sample journeys use and a few more. */
public final class FakeAssets implements AssetCatalog {

    private final Map<AssetKind, List<String>> names = new EnumMap<>(AssetKind.class);
    private final Map<String, List<String>> links = new HashMap<>();

    public FakeAssets() {
        names.put(AssetKind.EMAIL, new ArrayList<>(List.of("Monthly newsletter", "Webinar invitation",
                "Welcome to Bluefield", "White paper offer", "White paper reminder")));
        names.put(AssetKind.SMS, new ArrayList<>(List.of("Welcome text")));
        names.put(AssetKind.PUSH_NOTIFICATION, new ArrayList<>(List.of("Welcome push")));
        names.put(AssetKind.MARKETING_FORM, new ArrayList<>(List.of("Newsletter sign-up form", "Summit registration")));
        names.put(AssetKind.MARKETING_PAGE, new ArrayList<>(List.of("Playbook download page")));
        names.put(AssetKind.EVENT, new ArrayList<>(List.of("Journeys that convert webinar")));
        names.put(AssetKind.SEGMENT, new ArrayList<>(List.of("Do not contact", "Newsletter subscribers in New York")));
        names.put(AssetKind.SUBSCRIPTION_LIST, new ArrayList<>(List.of("Monthly newsletter list")));
        links.put("White paper offer", List.of("Download the white paper", "Read the blog"));
        links.put("White paper reminder", List.of("Download the white paper"));
    }

    @Override
    public List<String> names(AssetKind kind) {
        return names.get(kind).stream().sorted().toList();
    }

    @Override
    public List<String> emailLinks(String emailName) {
        return links.getOrDefault(emailName, List.of());
    }

    @Override
    public void createEmail(String name, String subject) {
        String trimmed = name == null ? "" : name.trim();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("Give the new email a name");
        }
        if (names.get(AssetKind.EMAIL).contains(trimmed)) {
            throw new IllegalArgumentException("An email named '" + trimmed + "' already exists");
        }
        names.get(AssetKind.EMAIL).add(trimmed);
    }
}
