package org.waymark.model.content;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What an asset must be to be saved (a name, complete rows, texts that fit their columns, an event that ends after
 * it starts) and, on top of that, to be published (an email's subject and body, a page's valid address, known
 * placeholders…). Each problem names its field.
 */
public final class AssetChecks {

    public static final int NAME_LENGTH = 200;
    public static final int SMS_LENGTH = 1600;

    private final Placeholders placeholders = new Placeholders();

    /** Problems that stop the asset being saved, even as a draft. */
    public List<AssetProblem> forSave(Asset asset) {
        List<AssetProblem> problems = new ArrayList<>();
        if (asset.name().isBlank()) {
            problems.add(new AssetProblem("Name", "give the " + asset.kind().label() + " a name"));
        }
        fits(problems, "Name", asset.name(), NAME_LENGTH);
        if (asset instanceof MarketingEmail e) {
            emailRows(e, problems);
        } else if (asset instanceof SmsMessage s) {
            fits(problems, "Text", s.text(), SMS_LENGTH);
        } else if (asset instanceof PushMessage p) {
            fits(problems, "Title", p.title(), 200);
            fits(problems, "Text", p.text(), 1000);
        } else if (asset instanceof MarketingForm f) {
            formFields(f, problems);
        } else if (asset instanceof MarketingPage p) {
            fits(problems, "URL", p.url(), 2000);
        } else if (asset instanceof MarketingEvent e) {
            eventTimes(e, problems);
        }
        return problems;
    }

    /** Problems that stop the asset being published: those of {@link #forSave} and what a live journey needs. */
    public List<AssetProblem> forPublish(Asset asset) {
        List<AssetProblem> problems = forSave(asset);
        if (asset instanceof MarketingEmail e) {
            required(problems, "Subject", e.subject(), "an email needs a subject");
            required(problems, "Body", e.body(), "an email needs a body");
            placeholders(problems, "Subject", e.subject());
            placeholders(problems, "Preheader", e.preheader());
            placeholders(problems, "Body", e.body());
            for (int i = 0; i < e.links().size(); i++) {
                String field = "Link " + (i + 1) + " URL";
                WebAddress.problem(e.links().get(i).url()).ifPresent(p -> problems.add(new AssetProblem(field, p)));
            }
        } else if (asset instanceof SmsMessage s) {
            required(problems, "Text", s.text(), "a text message needs a text");
            placeholders(problems, "Text", s.text());
        } else if (asset instanceof PushMessage p) {
            required(problems, "Title", p.title(), "a push notification needs a title");
            required(problems, "Text", p.text(), "a push notification needs a text");
            placeholders(problems, "Title", p.title());
            placeholders(problems, "Text", p.text());
        } else if (asset instanceof MarketingForm f && f.fields().isEmpty()) {
            problems.add(new AssetProblem("Fields", "a form needs at least one field"));
        } else if (asset instanceof MarketingPage p) {
            WebAddress.problem(p.url()).ifPresent(m -> problems.add(new AssetProblem("URL", m)));
        } else if (asset instanceof MarketingEvent e) {
            required(problems, "Place", e.place(), "say where the event takes place (an address, or Online)");
        }
        return problems;
    }

    /** The placeholder problems of one text, for an editor to show as the user types. */
    public List<String> placeholderProblems(String text) {
        return placeholders.problems(text);
    }

    private void emailRows(MarketingEmail e, List<AssetProblem> problems) {
        fits(problems, "Subject", e.subject(), 500);
        fits(problems, "Preheader", e.preheader(), 500);
        for (int i = 0; i < e.links().size(); i++) {
            EmailLink link = e.links().get(i);
            String at = "Link " + (i + 1);
            required(problems, at + " label", link.label(), "give the link a label");
            required(problems, at + " URL", link.url(), "give the link a web address");
            fits(problems, at + " label", link.label(), 200);
            fits(problems, at + " URL", link.url(), 2000);
        }
        for (int i = 0; i < e.attachments().size(); i++) {
            String at = "Attachment " + (i + 1) + " file name";
            required(problems, at, e.attachments().get(i).fileName(), "give the attachment a file name");
            fits(problems, at, e.attachments().get(i).fileName(), 300);
        }
    }

    private void formFields(MarketingForm f, List<AssetProblem> problems) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < f.fields().size(); i++) {
            FormField field = f.fields().get(i);
            String at = "Field " + (i + 1);
            required(problems, at + " name", field.name(), "give the field a name");
            required(problems, at + " label", field.label(), "give the field a label visitors read");
            if (!field.name().isBlank() && !seen.add(field.name().strip().toLowerCase(Locale.ROOT))) {
                problems.add(new AssetProblem(at + " name", "'" + field.name().strip()
                        + "' is the name of an earlier field; each field needs its own name"));
            }
        }
    }

    private void eventTimes(MarketingEvent e, List<AssetProblem> problems) {
        fits(problems, "Place", e.place(), 300);
        if (e.start() == null) {
            problems.add(new AssetProblem("Start", "say when the event starts"));
        } else if (e.end() != null && !e.end().isAfter(e.start())) {
            problems.add(new AssetProblem("End", "must be later than the start"));
        }
    }

    private void placeholders(List<AssetProblem> problems, String field, String text) {
        placeholders.problems(text).forEach(p -> problems.add(new AssetProblem(field, p)));
    }

    private static void required(List<AssetProblem> problems, String field, String text, String message) {
        if (text == null || text.isBlank()) {
            problems.add(new AssetProblem(field, message));
        }
    }

    private static void fits(List<AssetProblem> problems, String field, String text, int max) {
        if (text != null && text.length() > max) {
            problems.add(new AssetProblem(field, "is " + text.length() + " characters long; at most " + max
                    + " fit"));
        }
    }
}
