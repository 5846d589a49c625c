package org.waymark.engine.behaviour;

import java.util.List;

/** The message a tile sends: channel "EMAIL", "SMS" or "PUSH", the asset's name, its links and attachments. */
public record MessageContent(String channel, String assetName, List<String> followedLinks, List<String> followedAttachments) {
}
