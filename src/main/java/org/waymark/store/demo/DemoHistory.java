package org.waymark.store.demo;

import static org.waymark.store.schema.Tables.INTERACTION;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Random;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.waymark.model.interaction.InteractionType;
import org.waymark.store.demo.DemoAsset.Link;
import org.waymark.store.engagement.EmailMessageLog;

/**
 * Twelve months of believable history: for every contact a handful of episodes (an email received and
 * perhaps opened and clicked, a web visit, a form, an event, a text or a push), written as interactions.
 */
final class DemoHistory {

    static final String SOURCE = "demo";
    private static final int BATCH_SIZE = 5000;
    private static final List<String> DEVICES = List.of("Desktop", "Desktop", "Mobile", "Mobile", "Tablet");
    private static final List<String> WEB_PATHS = List.of("/pricing", "/features", "/blog/journeys-101",
            "/customers", "/about", "/careers", "/blog/consent-basics");

    private final Random random;
    private final LocalDateTime now;
    private final DemoContent.Set content;
    private EmailMessageLog messages;
    private BatchBindStep batch;
    private DSLContext ctx;
    private int pending;
    private int written;
    private long nextId = 1;

    DemoHistory(Random random, LocalDateTime now, DemoContent.Set content) {
        this.random = random;
        this.now = now;
        this.content = content;
    }

    /** Writes the history and returns how many interactions it wrote. */
    int generate(DSLContext context, List<DemoContact> contacts) {
        this.ctx = context;
        this.messages = new EmailMessageLog(EmailMessageLog.nextId(context), SOURCE, null);
        newBatch();
        for (DemoContact contact : contacts) {
            int episodes = 4 + random.nextInt(12);
            for (int i = 0; i < episodes; i++) {
                episode(contact, now.minusMinutes(1 + random.nextInt(365 * 24 * 60)));
            }
        }
        flush();
        ctx.connection(messages::write);
        return written;
    }

    private void episode(DemoContact c, LocalDateTime at) {
        int roll = random.nextInt(100);
        if (roll < 55) {
            email(c, at);
        } else if (roll < 70) {
            DemoAsset page = pick(content.pages());
            String url = random.nextBoolean() ? page.links().get(0).url()
                    : "https://www.bluefield.example" + pick(WEB_PATHS);
            int visits = 1 + random.nextInt(3);
            for (int v = 0; v < visits; v++) {
                add(c, InteractionType.WEB, "visited", at.plusMinutes(v * 3L), page, pick(DEVICES), url);
            }
        } else if (roll < 78) {
            DemoAsset form = pick(content.forms());
            add(c, InteractionType.FORM, "visited", at, form, pick(DEVICES), null);
            if (random.nextInt(10) < 6) {
                add(c, InteractionType.FORM, "submitted", at.plusMinutes(2 + random.nextInt(10)), form, null, null);
            }
        } else if (roll < 85) {
            DemoAsset event = content.events().get(2);
            add(c, InteractionType.EVENT, "registered", at, event, "Registered online", null);
            if (random.nextInt(10) < 6) {
                add(c, InteractionType.EVENT, "attended", at.plusDays(3), event, "Checked in at the door", null);
            }
        } else if (roll < 93) {
            DemoAsset sms = pick(content.sms());
            add(c, InteractionType.SMS, "sent", at, sms, null, null);
            add(c, InteractionType.SMS, "delivered", at.plusSeconds(20), sms, null, null);
            if (random.nextInt(10) == 0) {
                add(c, InteractionType.SMS, "clicked", at.plusMinutes(5 + random.nextInt(120)), sms, null,
                        "https://www.bluefield.example/summit");
            }
        } else {
            DemoAsset push = pick(content.push());
            add(c, InteractionType.PUSH, "sent", at, push, null, null);
            add(c, InteractionType.PUSH, "delivered", at.plusSeconds(5), push, "Mobile app", null);
            if (random.nextInt(10) < 3) {
                add(c, InteractionType.PUSH, "opened", at.plusMinutes(1 + random.nextInt(600)), push, "Mobile app", null);
            }
        }
    }

    private void email(DemoContact c, LocalDateTime sent) {
        DemoAsset email = random.nextInt(3) == 0 ? content.emails().get(2) : pick(content.emails());
        add(c, InteractionType.EMAIL, "sent", sent, email, null, null);
        if (random.nextInt(100) < 4) {
            add(c, InteractionType.EMAIL, "bounced", sent.plusMinutes(1), email,
                    random.nextBoolean() ? "Hard bounce: mailbox does not exist" : "Soft bounce: mailbox full", null);
            return;
        }
        add(c, InteractionType.EMAIL, "delivered", sent.plusMinutes(1), email, null, null);
        if (random.nextInt(100) >= 45) {
            return;
        }
        LocalDateTime opened = sent.plus(Duration.ofMinutes(10 + random.nextInt(3 * 24 * 60)));
        add(c, InteractionType.EMAIL, "opened", opened, email, pick(DEVICES), null);
        if (random.nextInt(100) < 35) {
            Link link = pick(email.links());
            add(c, InteractionType.EMAIL, "clicked", opened.plusMinutes(1 + random.nextInt(20)), email, link.label(), link.url());
        }
        if (!email.attachments().isEmpty() && random.nextInt(100) < 20) {
            add(c, InteractionType.EMAIL, "attachmentViewed", opened.plusMinutes(2), email, pick(email.attachments()), null);
        }
        if (random.nextInt(100) < 3) {
            add(c, InteractionType.EMAIL, "replied", opened.plusHours(1 + random.nextInt(48)), email, "Reply received", null);
        }
        if (random.nextInt(100) < 1) {
            add(c, InteractionType.EMAIL, "unsubscribed", opened.plusMinutes(3), email, "Unsubscribed from the newsletter", null);
        }
    }

    private void add(DemoContact c, InteractionType type, String subtype, LocalDateTime at, DemoAsset asset,
                     String detail, String url) {
        if (!at.isBefore(now)) {
            return;
        }
        Long message = type == InteractionType.EMAIL
                ? messages.add(c.id(), c.accountId(), asset.id(), asset.name(), subtype, at) : null;
        batch.bind(nextId++, c.id(), c.accountId(), type.name(), subtype, at, asset.kind(), asset.id(), asset.name(),
                detail, url, SOURCE, message);
        written++;
        if (++pending == BATCH_SIZE) {
            flush();
            newBatch();
        }
    }

    private void newBatch() {
        batch = ctx.batch(ctx.insertInto(INTERACTION, INTERACTION.ID, INTERACTION.CONTACT_ID, INTERACTION.ACCOUNT_ID,
                        INTERACTION.TYPE, INTERACTION.SUBTYPE, INTERACTION.OCCURRED_AT, INTERACTION.ASSET_KIND,
                        INTERACTION.ASSET_ID, INTERACTION.ASSET_NAME, INTERACTION.DETAIL, INTERACTION.URL, INTERACTION.SOURCE,
                        INTERACTION.MESSAGE_ID)
                .values((Long) null, null, null, null, null, null, null, null, null, null, null, null, null));
        pending = 0;
    }

    private void flush() {
        if (pending > 0) {
            batch.execute();
        }
        pending = 0;
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
