package org.waymark.store.demo;

import java.util.List;

/** A generated marketing asset the demo history refers to: its kind, id, name, and for emails its links. */
record DemoAsset(String kind, long id, String name, List<Link> links, List<String> attachments) {

    record Link(String label, String url) {
    }

    static DemoAsset of(String kind, long id, String name) {
        return new DemoAsset(kind, id, name, List.of(), List.of());
    }
}
