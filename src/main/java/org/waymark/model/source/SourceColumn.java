package org.waymark.model.source;

/**
 * A column of a data source: {@code name} is its safe SQL name ({@code [a-z][a-z0-9_]*}, from the header text or
 * {@code column_N}), {@code label} the header text as the file has it, {@code type} what its values are.
 */
public record SourceColumn(String name, String label, ColumnType type) {

    public SourceColumn withType(ColumnType newType) {
        return new SourceColumn(name, label, newType);
    }
}
