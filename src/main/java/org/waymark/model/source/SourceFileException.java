package org.waymark.model.source;

/**
 * A data source file that cannot be read or imported. The message is written for the user and names the file, the
 * row as a spreadsheet counts it (1-based, header included) and, when one is concerned, the column:
 * {@code orders.csv: row 12, column ordered_at: "31/02/2026" is not a date}.
 */
public final class SourceFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final String fileName;
    private final long row;
    private final String column;
    private final String problem;

    public SourceFileException(String fileName, long row, String column, String problem) {
        super(message(fileName, row, column, problem));
        this.fileName = fileName;
        this.row = row;
        this.column = column;
        this.problem = problem;
    }

    /** A problem with the file as a whole (no row). */
    public SourceFileException(String fileName, String problem) {
        this(fileName, 0, null, problem);
    }

    private static String message(String fileName, long row, String column, String problem) {
        StringBuilder text = new StringBuilder(fileName).append(": ");
        if (row > 0) {
            text.append("row ").append(row);
            if (column != null) {
                text.append(", column ").append(column);
            }
            text.append(": ");
        }
        return text.append(problem).toString();
    }

    public String fileName() {
        return fileName;
    }

    /** The 1-based row, header included; 0 when the problem is not in one row. */
    public long row() {
        return row;
    }

    /** The column's name, or null. */
    public String column() {
        return column;
    }

    public String problem() {
        return problem;
    }
}
