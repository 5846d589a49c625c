package org.waymark.model.content;

/** One field of a marketing form: the name it is stored under, the label visitors read, its type, and whether it must be filled. */
public record FormField(String name, String label, FieldType type, boolean required) {

    public FormField {
        name = Strings.orEmpty(name);
        label = Strings.orEmpty(label);
        type = type == null ? FieldType.TEXT : type;
    }
}
