package org.waymark.engine.behaviour;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * The behaviour model of the journey simulator: who opens, clicks, replies, unsubscribes, visits, submits,
 * registers and attends, and when. Rates and delays come per channel and per kind of content, overridden
 * per asset by name and multiplied by attribute modifiers (see {@code docs/behaviour-model.md}). Immutable
 * and safe to share between threads; every answer is a pure function of its arguments and the random seed.
 */
public final class BehaviourModel {

    /** Where {@link #defaults()} comes from, on the class path. */
    public static final String DEFAULT_RESOURCE = "/assets/behaviour/default-behaviour.json";

    private final AssetBehaviours<MessageBehaviour> email;
    private final AssetBehaviours<MessageBehaviour> sms;
    private final AssetBehaviours<MessageBehaviour> push;
    private final AssetBehaviours<ContentBehaviour> page;
    private final AssetBehaviours<ContentBehaviour> form;
    private final AssetBehaviours<ContentBehaviour> event;
    private final AssetBehaviours<Double> formSubmitted;
    private final AssetBehaviours<Double> recordUpdated;
    private final MessageResponder messages;
    private final ContentResponder contents;
    private final InboundStarts inbound;

    BehaviourModel(List<AssetBehaviours<MessageBehaviour>> channels, List<AssetBehaviours<ContentBehaviour>> content,
                   List<AssetBehaviours<Double>> inboundStarts, ContactModifiers modifiers) {
        this.email = channels.get(0);
        this.sms = channels.get(1);
        this.push = channels.get(2);
        this.page = content.get(0);
        this.form = content.get(1);
        this.event = content.get(2);
        this.formSubmitted = inboundStarts.get(0);
        this.recordUpdated = inboundStarts.get(1);
        this.messages = new MessageResponder(modifiers);
        this.contents = new ContentResponder(modifiers);
        this.inbound = new InboundStarts(modifiers);
    }

    /** The model shipped with Waymark ({@value #DEFAULT_RESOURCE}). */
    public static BehaviourModel defaults() {
        try (InputStream in = BehaviourModel.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new BehaviourModelException(DEFAULT_RESOURCE, "$", "is missing from the class path");
            }
            return new BehaviourModelReader().read(in, DEFAULT_RESOURCE);
        } catch (IOException e) {
            throw new BehaviourModelException(DEFAULT_RESOURCE, "$", "cannot be read: " + e.getMessage(), e);
        }
    }

    /** A model from a file; a {@link BehaviourModelException} names the file and the JSON path of any problem. */
    public static BehaviourModel read(Path file) {
        String source = file.toString();
        try (InputStream in = Files.newInputStream(file)) {
            return new BehaviourModelReader().read(in, source);
        } catch (NoSuchFileException e) {
            throw new BehaviourModelException(source, "$", "no such file", e);
        } catch (IOException e) {
            throw new BehaviourModelException(source, "$", "cannot be read: " + e.getMessage(), e);
        }
    }

    /** A model from JSON text; {@code source} names it in error messages. */
    public static BehaviourModel parse(String json, String source) {
        return new BehaviourModelReader().read(
                new java.io.ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), source);
    }

    /**
     * How {@code contact} responds to {@code message} sent at {@code sentAt} (epoch seconds) from tile
     * {@code tileIndex}. A bounced message has nothing else; delivery is after sending, opens after delivery,
     * clicks, attachment views and replies after the open (after delivery on channels without opens),
     * unsubscribes after delivery.
     */
    public MessageResponse respond(ContactTraits contact, MessageContent message, long sentAt,
                                   DeterministicRandom random, int tileIndex) {
        return messages.respond(channel(message.channel()).forAsset(message.assetName()), contact, message, sentAt,
                random, tileIndex);
    }

    /**
     * When {@code contact} first starts an inbound journey by itself in [from, to): {@code startKind}
     * "FORM_SUBMITTED" (for the form {@code assetName}) or "RECORD_UPDATED"; -1 when it does not.
     */
    public long inboundStartAt(ContactTraits contact, String startKind, String assetName, long from, long to,
                               DeterministicRandom random, int tileIndex) {
        return switch (startKind) {
            case "FORM_SUBMITTED" -> inbound.firstStart(formSubmitted.forAsset(assetName), RateKind.FORM_SUBMITTED,
                    contact, from, to, random, tileIndex);
            case "RECORD_UPDATED" -> inbound.firstStart(recordUpdated.forAsset(assetName), RateKind.RECORD_UPDATED,
                    contact, from, to, random, tileIndex);
            default -> throw new IllegalArgumentException("Unknown inbound start kind: " + startKind);
        };
    }

    /**
     * What {@code contact} does with the page, form or event {@code assetName} ({@code kind} "PAGE", "FORM"
     * or "EVENT") after clicking through to it at {@code afterClickAt}.
     */
    public ContentResponse content(ContactTraits contact, String kind, String assetName, long afterClickAt,
                                   DeterministicRandom random, int tileIndex) {
        return contents.respond(content(kind).forAsset(assetName), contact, afterClickAt, random, tileIndex);
    }

    /** The effective behaviour of a message asset, after its overrides; for tests and documentation. */
    MessageBehaviour messageBehaviour(String channel, String assetName) {
        return channel(channel).forAsset(assetName);
    }

    ContentBehaviour contentBehaviour(String kind, String assetName) {
        return content(kind).forAsset(assetName);
    }

    private AssetBehaviours<MessageBehaviour> channel(String channel) {
        return switch (channel) {
            case "EMAIL" -> email;
            case "SMS" -> sms;
            case "PUSH" -> push;
            default -> throw new IllegalArgumentException("Unknown channel: " + channel);
        };
    }

    private AssetBehaviours<ContentBehaviour> content(String kind) {
        return switch (kind) {
            case "PAGE" -> page;
            case "FORM" -> form;
            case "EVENT" -> event;
            default -> throw new IllegalArgumentException("Unknown content kind: " + kind);
        };
    }
}
