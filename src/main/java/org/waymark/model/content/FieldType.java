package org.waymark.model.content;

/** What a form field asks for. */
public enum FieldType {
    TEXT("Text"),
    EMAIL("Email address"),
    PHONE("Phone number"),
    NUMBER("Number"),
    DATE("Date"),
    CHECKBOX("Check box"),
    LONG_TEXT("Long text");

    private final String label;

    FieldType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
