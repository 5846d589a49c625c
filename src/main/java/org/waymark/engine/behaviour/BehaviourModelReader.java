package org.waymark.engine.behaviour;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a behaviour model file (format in {@code docs/behaviour-model.md}) and computes the effective
 * behaviour of every overridden asset up front, so that nothing is looked up twice on the hot path.
 */
final class BehaviourModelReader {

    static final int FORMAT_VERSION = 1;
    static final List<String> CHANNELS = List.of("email", "sms", "push");
    static final List<String> CONTENT_KINDS = List.of("page", "form", "event");
    static final List<String> INBOUND_KINDS = List.of("formSubmitted", "recordUpdated");
    private static final List<String> ROOT_FIELDS = List.of("formatVersion", "description", "channels", "content",
            "inbound", "assets", "modifiers");

    private final ObjectMapper mapper = new ObjectMapper();
    private final StepReader steps = new StepReader();
    private final MessageBehaviourReader messages = new MessageBehaviourReader(steps);
    private final ContentBehaviourReader contents = new ContentBehaviourReader(steps);
    private final ModifierReader modifiers = new ModifierReader();

    BehaviourModel read(InputStream in, String source) {
        JsonNode root;
        try {
            root = mapper.readTree(in);
        } catch (JsonProcessingException e) {
            throw new BehaviourModelException(source, "$", "not valid JSON" + where(e.getLocation()) + ": "
                    + e.getOriginalMessage().lines().findFirst().orElse(""), e);
        } catch (IOException e) {
            throw new BehaviourModelException(source, "$", "cannot be read: " + e.getMessage(), e);
        }
        if (root == null || root.isMissingNode()) {
            throw new BehaviourModelException(source, "$", "the file is empty");
        }
        return read(new JsonAt(source, root, "$"));
    }

    private BehaviourModel read(JsonAt root) {
        root.object().onlyFields(ROOT_FIELDS);
        if (root.has("formatVersion") && root.field("formatVersion").integer() != FORMAT_VERSION) {
            throw root.field("formatVersion").problem("version " + root.field("formatVersion").integer()
                    + " is not supported (this Waymark reads version " + FORMAT_VERSION + ")");
        }
        if (root.has("description")) {
            root.field("description").text();
        }
        JsonAt channelsAt = root.field("channels").object().onlyFields(CHANNELS);
        JsonAt contentAt = root.field("content").object().onlyFields(CONTENT_KINDS);
        JsonAt inboundAt = root.field("inbound");
        if (!inboundAt.isMissing()) {
            inboundAt.object().onlyFields(INBOUND_KINDS);
        }
        List<MessageBehaviour> channelBase = new ArrayList<>();
        for (String channel : CHANNELS) {
            channelBase.add(messages.read(channelsAt.field(channel), null));
        }
        List<ContentBehaviour> contentBase = new ArrayList<>();
        for (String kind : CONTENT_KINDS) {
            contentBase.add(contents.read(contentAt.field(kind), null));
        }
        List<Double> inboundBase = new ArrayList<>();
        for (String kind : INBOUND_KINDS) {
            inboundBase.add(dailyRate(inboundAt.field(kind), 0.0));
        }
        List<Map<String, MessageBehaviour>> channelAssets = emptyMaps(CHANNELS.size());
        List<Map<String, ContentBehaviour>> contentAssets = emptyMaps(CONTENT_KINDS.size());
        List<Map<String, Double>> inboundAssets = emptyMaps(INBOUND_KINDS.size());
        JsonAt assetsAt = root.field("assets");
        if (!assetsAt.isMissing()) {
            assetsAt.object();
            List<String> allowed = assetFields();
            for (String name : assetsAt.fieldNames()) {
                JsonAt asset = assetsAt.field(name).object().onlyFields(allowed);
                if (asset.has("description")) {
                    asset.field("description").text();
                }
                if (hasAny(asset, MessageBehaviourReader.SECTIONS)) {
                    for (int i = 0; i < CHANNELS.size(); i++) {
                        channelAssets.get(i).put(name, messages.read(asset, channelBase.get(i)));
                    }
                }
                if (hasAny(asset, ContentBehaviourReader.SECTIONS)) {
                    for (int i = 0; i < CONTENT_KINDS.size(); i++) {
                        contentAssets.get(i).put(name, contents.read(asset, contentBase.get(i)));
                    }
                }
                for (int i = 0; i < INBOUND_KINDS.size(); i++) {
                    if (asset.has(INBOUND_KINDS.get(i))) {
                        inboundAssets.get(i).put(name, dailyRate(asset.field(INBOUND_KINDS.get(i)), inboundBase.get(i)));
                    }
                }
            }
        }
        return new BehaviourModel(
                tables(channelBase, channelAssets), tables(contentBase, contentAssets),
                tables(inboundBase, inboundAssets), modifiers.read(root.field("modifiers")));
    }

    private static double dailyRate(JsonAt at, double fallback) {
        if (at.isMissing()) {
            return fallback;
        }
        at.object().onlyFields(List.of("dailyRate"));
        return at.field("dailyRate").rate();
    }

    private static List<String> assetFields() {
        List<String> allowed = new ArrayList<>(MessageBehaviourReader.SECTIONS);
        allowed.addAll(ContentBehaviourReader.SECTIONS);
        allowed.addAll(INBOUND_KINDS);
        allowed.add("description");
        return allowed;
    }

    private static boolean hasAny(JsonAt at, List<String> names) {
        return names.stream().anyMatch(at::has);
    }

    private static <T> List<Map<String, T>> emptyMaps(int count) {
        List<Map<String, T>> maps = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            maps.add(new HashMap<>());
        }
        return maps;
    }

    private static <T> List<AssetBehaviours<T>> tables(List<T> standard, List<Map<String, T>> byAsset) {
        List<AssetBehaviours<T>> tables = new ArrayList<>();
        for (int i = 0; i < standard.size(); i++) {
            tables.add(new AssetBehaviours<>(standard.get(i), byAsset.get(i)));
        }
        return List.copyOf(tables);
    }

    private static String where(JsonLocation location) {
        if (location == null || location.getLineNr() < 0) {
            return "";
        }
        return " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }
}
