package org.waymark.engine.behaviour;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The rates an attribute modifier can multiply, by the name they have in a behaviour file. */
enum RateKind {
    BOUNCE("bounce"),
    OPEN("open"),
    CLICK("click"),
    ATTACHMENT("attachment"),
    REPLY("reply"),
    UNSUBSCRIBE("unsubscribe"),
    VISIT("visit"),
    SUBMIT("submit"),
    REGISTER("register"),
    ATTEND("attend"),
    FORM_SUBMITTED("formSubmitted"),
    RECORD_UPDATED("recordUpdated");

    private final String fileName;

    RateKind(String fileName) {
        this.fileName = fileName;
    }

    String fileName() {
        return fileName;
    }

    static Optional<RateKind> fromFile(String name) {
        return Arrays.stream(values()).filter(k -> k.fileName.equals(name)).findFirst();
    }

    static List<String> fileNames() {
        return Arrays.stream(values()).map(RateKind::fileName).toList();
    }
}
