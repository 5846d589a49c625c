package org.waymark.engine.behaviour;

import java.util.List;

/** Reads the behaviour for one kind of content ({@code $.content.event}) or an asset's overrides of it. */
final class ContentBehaviourReader {

    /** The steps of content, which an asset may override too. */
    static final List<String> SECTIONS = List.of("visit", "submit", "register", "attend");

    private final StepReader steps;

    ContentBehaviourReader(StepReader steps) {
        this.steps = steps;
    }

    /** A kind's behaviour when {@code base} is null, else {@code base} with the overrides at {@code at}. */
    ContentBehaviour read(JsonAt at, ContentBehaviour base) {
        at.object();
        if (base == null) {
            at.onlyFields(SECTIONS);
        }
        return new ContentBehaviour(
                steps.plainStep(at.field("visit"), base == null ? null : base.visit()),
                steps.plainStep(at.field("submit"), base == null ? null : base.submit()),
                steps.plainStep(at.field("register"), base == null ? null : base.register()),
                steps.plainStep(at.field("attend"), base == null ? null : base.attend()));
    }
}
