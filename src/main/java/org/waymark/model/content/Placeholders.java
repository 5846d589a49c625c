package org.waymark.model.content;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The personalisation placeholders a message may hold, such as {@code {{firstName}}}, filled from the contact when
 * the message is sent or previewed ({@code MessageText.personalise}). Finds the ones Waymark does not know, and
 * placeholders left open, so that no contact ever reads "{{firstname}}".
 */
public final class Placeholders {

    /** Every contact field a placeholder may name, in the order they are offered. */
    public static final List<String> KNOWN = List.of("firstName", "lastName", "email", "city", "jobTitle", "account");

    private static final Pattern WRITTEN = Pattern.compile("\\{\\{(.*?)}}");

    /** The known placeholders as written, "{{firstName}}, {{lastName}}, …". */
    public static String knownList() {
        return String.join(", ", KNOWN.stream().map(n -> "{{" + n + "}}").toList());
    }

    /** One sentence per unknown or unclosed placeholder in {@code text}; empty when every placeholder is known. */
    public List<String> problems(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        Set<String> unknown = new LinkedHashSet<>();
        Matcher m = WRITTEN.matcher(text);
        StringBuilder rest = new StringBuilder();
        while (m.find()) {
            String name = m.group(1).strip();
            if (!KNOWN.contains(name)) {
                unknown.add(name);
            }
            m.appendReplacement(rest, "");
        }
        m.appendTail(rest);
        List<String> problems = new ArrayList<>();
        for (String name : unknown) {
            problems.add(describe(name));
        }
        if (rest.indexOf("{{") >= 0) {
            problems.add("a placeholder is not closed: end it with }}");
        }
        return problems;
    }

    private static String describe(String name) {
        String written = "{{" + name + "}}";
        String close = KNOWN.stream().filter(k -> k.equalsIgnoreCase(name.replace(" ", ""))).findFirst()
                .map(k -> " (did you mean {{" + k + "}}?)").orElse("");
        return written + " is not a placeholder Waymark knows" + close + "; use one of " + knownList();
    }
}
