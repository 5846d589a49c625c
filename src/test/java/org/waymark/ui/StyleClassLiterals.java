package org.waymark.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds string literals given as style classes in a Java source: inside the arguments of
 * {@code getStyleClass().add/addAll/remove/removeAll/setAll/contains(...)} (across lines, in a concatenation or a
 * conditional too), and in {@code PseudoClass.getPseudoClass("...")} outside {@code StyleClass} itself.
 */
final class StyleClassLiterals {

    private static final Pattern STYLE_CALL =
            Pattern.compile("getStyleClass\\(\\)\\s*\\.\\s*(add|addAll|remove|removeAll|setAll|contains)\\s*\\(");
    private static final Pattern PSEUDO_CALL = Pattern.compile("PseudoClass\\s*\\.\\s*getPseudoClass\\s*\\(\\s*\"");

    private StyleClassLiterals() {
    }

    /** Each offending call as "File.java:line: the call", empty when the file names every style class. */
    static List<String> in(Path file) {
        String source;
        try {
            source = Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> found = new ArrayList<>();
        Matcher call = STYLE_CALL.matcher(source);
        while (call.find()) {
            int end = closingParenthesis(source, call.end());
            if (source.substring(call.end(), end).contains("\"")) {
                found.add(where(file, source, call.start()) + source.substring(call.start(), end + 1));
            }
        }
        if (!file.getFileName().toString().equals("StyleClass.java")) {
            Matcher pseudo = PSEUDO_CALL.matcher(source);
            while (pseudo.find()) {
                found.add(where(file, source, pseudo.start()) + pseudo.group());
            }
        }
        return found;
    }

    /** The index of the parenthesis closing the one just before {@code from}, skipping strings and characters. */
    private static int closingParenthesis(String source, int from) {
        int depth = 1;
        for (int i = from; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '"' || c == '\'') {
                i = endOfQuoted(source, i, c);
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return source.length() - 1;
    }

    private static int endOfQuoted(String source, int start, char quote) {
        for (int i = start + 1; i < source.length(); i++) {
            if (source.charAt(i) == '\\') {
                i++;
            } else if (source.charAt(i) == quote) {
                return i;
            }
        }
        return source.length() - 1;
    }

    private static String where(Path file, String source, int index) {
        int line = (int) source.substring(0, index).chars().filter(c -> c == '\n').count() + 1;
        return file.getFileName() + ":" + line + ": ";
    }
}
