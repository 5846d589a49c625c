package org.waymark.store.demo;

import static org.waymark.store.schema.Tables.EMAIL_ATTACHMENT;
import static org.waymark.store.schema.Tables.EMAIL_LINK;
import static org.waymark.store.schema.Tables.MARKETING_EMAIL;
import static org.waymark.store.schema.Tables.MARKETING_EVENT;
import static org.waymark.store.schema.Tables.MARKETING_FORM;
import static org.waymark.store.schema.Tables.MARKETING_PAGE;
import static org.waymark.store.schema.Tables.PUSH_NOTIFICATION;
import static org.waymark.store.schema.Tables.SMS_MESSAGE;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.waymark.store.demo.DemoAsset.Link;

/** The demo's marketing content: emails with links and attachments, forms, pages, events, SMS and push. */
final class DemoContent {

    /** All generated content, by kind. */
    record Set(List<DemoAsset> emails, List<DemoAsset> forms, List<DemoAsset> pages, List<DemoAsset> events,
               List<DemoAsset> sms, List<DemoAsset> push) {
    }

    private static final String SITE = "https://www.bluefield.example";

    private final LocalDateTime now;
    private long linkId = 1;
    private long attachmentId = 1;

    DemoContent(LocalDateTime now) {
        this.now = now;
    }

    Set generate(DSLContext ctx) {
        List<DemoAsset> emails = new ArrayList<>();
        emails.add(email(ctx, 1, "White paper offer", "Your free marketing playbook is ready, {{firstName}}",
                List.of(new Link("Download the white paper", SITE + "/playbook"), new Link("Read our blog", SITE + "/blog")),
                List.of("playbook-summary.pdf")));
        emails.add(email(ctx, 2, "White paper reminder", "Still want the playbook, {{firstName}}?",
                List.of(new Link("Download the white paper", SITE + "/playbook")), List.of()));
        emails.add(email(ctx, 3, "Monthly newsletter", "What's new at Bluefield this month",
                List.of(new Link("Top story", SITE + "/news/top"), new Link("Customer story", SITE + "/stories"),
                        new Link("Manage subscriptions", SITE + "/subscriptions")), List.of()));
        emails.add(email(ctx, 4, "Webinar invitation", "Join us: journeys that convert",
                List.of(new Link("Register now", SITE + "/webinar"), new Link("Add to calendar", SITE + "/webinar.ics")),
                List.of("agenda.pdf")));
        emails.add(email(ctx, 5, "Welcome to Bluefield", "Welcome aboard, {{firstName}}!",
                List.of(new Link("Set up your profile", SITE + "/profile"), new Link("Take the tour", SITE + "/tour")),
                List.of("getting-started.pdf")));
        emails.add(email(ctx, 6, "Customer summit invitation", "You're invited to the Bluefield customer summit",
                List.of(new Link("Register for the summit", SITE + "/summit"), new Link("See the programme", SITE + "/summit/programme")),
                List.of("summit-programme.pdf", "venue-map.pdf")));
        emails.add(email(ctx, 7, "Thanks for your interest", "Here is the recording you asked for",
                List.of(new Link("Watch the recording", SITE + "/recording")), List.of("slides.pdf")));

        List<DemoAsset> forms = List.of(
                form(ctx, 1, "Newsletter sign-up form", "[\"email\",\"firstName\",\"city\"]"),
                form(ctx, 2, "Summit registration form", "[\"email\",\"firstName\",\"lastName\",\"company\",\"diet\"]"),
                form(ctx, 3, "Contact us form", "[\"email\",\"message\"]"));
        List<DemoAsset> pages = List.of(
                page(ctx, 1, "Playbook download page", SITE + "/playbook", null),
                page(ctx, 2, "Newsletter sign-up page", SITE + "/newsletter", 1L),
                page(ctx, 3, "Summit page", SITE + "/summit", 2L));
        List<DemoAsset> events = List.of(
                event(ctx, 1, "Journeys that convert webinar", now.plusDays(21), "Online"),
                event(ctx, 2, "Bluefield customer summit", now.plusDays(110), "Boston Convention Center"),
                event(ctx, 3, "Spring product launch", now.minusDays(150), "London, Tobacco Dock"));
        List<DemoAsset> sms = List.of(
                sms(ctx, 1, "Welcome text", "Welcome to Bluefield, {{firstName}}! Reply STOP to opt out."),
                sms(ctx, 2, "Summit last call", "Last call: register for the Bluefield summit at bluefield.example/summit"));
        List<DemoAsset> push = List.of(
                push(ctx, 1, "Welcome push", "Welcome!", "Your Bluefield account is ready."),
                push(ctx, 2, "New feature push", "New in Bluefield", "Journeys can now wait for office hours."));
        return new Set(emails, forms, pages, events, sms, push);
    }

    private DemoAsset email(DSLContext ctx, long id, String name, String subject, List<Link> links, List<String> files) {
        String body = "<p>Hello {{firstName}},</p>\n<p>" + subject.replace("{{firstName}}", "there") + ".</p>\n"
                + String.join("\n", links.stream().map(l -> "<p><a href=\"" + l.url() + "\">" + l.label() + "</a></p>").toList())
                + "\n<p>The Bluefield team</p>";
        ctx.insertInto(MARKETING_EMAIL, MARKETING_EMAIL.ID, MARKETING_EMAIL.NAME, MARKETING_EMAIL.SUBJECT,
                        MARKETING_EMAIL.PREHEADER, MARKETING_EMAIL.BODY, MARKETING_EMAIL.STATUS)
                .values(id, name, subject, "From the Bluefield team", body, "PUBLISHED").execute();
        for (Link link : links) {
            ctx.insertInto(EMAIL_LINK, EMAIL_LINK.ID, EMAIL_LINK.EMAIL_ID, EMAIL_LINK.LABEL, EMAIL_LINK.URL,
                    EMAIL_LINK.FOLLOWED).values(linkId++, id, link.label(), link.url(), !link.label().startsWith("Manage")).execute();
        }
        for (String file : files) {
            ctx.insertInto(EMAIL_ATTACHMENT, EMAIL_ATTACHMENT.ID, EMAIL_ATTACHMENT.EMAIL_ID, EMAIL_ATTACHMENT.FILE_NAME,
                    EMAIL_ATTACHMENT.FOLLOWED).values(attachmentId++, id, file, true).execute();
        }
        return new DemoAsset("email", id, name, links, files);
    }

    private DemoAsset form(DSLContext ctx, long id, String name, String fields) {
        ctx.insertInto(MARKETING_FORM, MARKETING_FORM.ID, MARKETING_FORM.NAME, MARKETING_FORM.FIELDS_JSON,
                MARKETING_FORM.STATUS).values(id, name, fields, "PUBLISHED").execute();
        return DemoAsset.of("form", id, name);
    }

    private DemoAsset page(DSLContext ctx, long id, String name, String url, Long formId) {
        ctx.insertInto(MARKETING_PAGE, MARKETING_PAGE.ID, MARKETING_PAGE.NAME, MARKETING_PAGE.URL,
                MARKETING_PAGE.FORM_ID, MARKETING_PAGE.STATUS).values(id, name, url, formId, "PUBLISHED").execute();
        return new DemoAsset("page", id, name, List.of(new Link(name, url)), List.of());
    }

    private DemoAsset event(DSLContext ctx, long id, String name, LocalDateTime startsAt, String place) {
        ctx.insertInto(MARKETING_EVENT, MARKETING_EVENT.ID, MARKETING_EVENT.NAME, MARKETING_EVENT.STARTS_AT,
                        MARKETING_EVENT.ENDS_AT, MARKETING_EVENT.PLACE, MARKETING_EVENT.STATUS)
                .values(id, name, startsAt.withHour(9).withMinute(0).withSecond(0).withNano(0),
                        startsAt.withHour(17).withMinute(0).withSecond(0).withNano(0), place, "PUBLISHED").execute();
        return DemoAsset.of("event", id, name);
    }

    private DemoAsset sms(DSLContext ctx, long id, String name, String text) {
        ctx.insertInto(SMS_MESSAGE, SMS_MESSAGE.ID, SMS_MESSAGE.NAME, SMS_MESSAGE.TEXT_BODY, SMS_MESSAGE.STATUS)
                .values(id, name, text, "PUBLISHED").execute();
        return DemoAsset.of("sms", id, name);
    }

    private DemoAsset push(DSLContext ctx, long id, String name, String title, String text) {
        ctx.insertInto(PUSH_NOTIFICATION, PUSH_NOTIFICATION.ID, PUSH_NOTIFICATION.NAME, PUSH_NOTIFICATION.TITLE,
                PUSH_NOTIFICATION.TEXT_BODY, PUSH_NOTIFICATION.STATUS).values(id, name, title, text, "PUBLISHED").execute();
        return DemoAsset.of("push", id, name);
    }
}
