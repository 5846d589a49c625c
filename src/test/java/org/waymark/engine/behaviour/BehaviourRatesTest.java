package org.waymark.engine.behaviour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.waymark.engine.behaviour.Binomial.assertWithin4Sigma;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Rates observed over 100 000 synthetic contacts match the model within binomial bounds. */
class BehaviourRatesTest {

    private static final int CONTACTS = 100_000;
    private static final long SENT = 1_750_000_000L;
    private static final MessageContent NEWSLETTER = new MessageContent("EMAIL", "Newsletter",
            List.of("Top story", "Customer story", "Events"), List.of("report.pdf"));

    private final BehaviourModel model = TestModels.simple();
    private final DeterministicRandom random = new DeterministicRandom(2024);

    @Test
    void bounceOpenClickAndDeviceRatesMatchTheModel() {
        Tally t = tally(NEWSLETTER, 0, id -> TestModels.contact(id));
        assertWithin4Sigma("hard bounces", t.hard, CONTACTS, 0.02);
        assertWithin4Sigma("soft bounces", t.soft, CONTACTS, 0.03);
        assertWithin4Sigma("opens given delivery", t.opened, t.delivered, 0.3);
        assertWithin4Sigma("clicks given open", t.clicked, t.opened, 0.2);
        assertWithin4Sigma("replies given open", t.replied, t.opened, 0.05);
        assertWithin4Sigma("unsubscribes given delivery", t.unsubscribed, t.delivered, 0.01);
        assertWithin4Sigma("attachment views given open", t.viewed, t.opened, 0.1);
        assertWithin4Sigma("desktop opens", t.desktop, t.opened, 0.5);
        assertWithin4Sigma("tablet opens", t.tablet, t.opened, 0.1);
        // first link by position: weights 1, 0.5, 0.25; each other link 10 % more
        double topShare = 1 / 1.75 + (1 - 1 / 1.75) * 0.1;
        assertWithin4Sigma("clickers of the first link", t.firstLinkClicks, t.clicked, topShare);
    }

    @Test
    void anAssetOverrideReplacesTheChannelRatesAndWeighsItsLinks() {
        MessageContent offer = new MessageContent("EMAIL", "Offer", List.of("Blog", "Download"), List.of());
        Tally t = tally(offer, 1, id -> TestModels.contact(id));
        assertWithin4Sigma("opens, unchanged", t.opened, t.delivered, 0.3);
        assertWithin4Sigma("clicks given open, overridden", t.clicked, t.opened, 0.5);
        // Download weighs 3 against Blog's 1; the other link is clicked too 10 % of the time
        assertWithin4Sigma("clickers of Download", t.downloadClicks, t.clicked, 0.75 + 0.25 * 0.1);
        Tally quiet = tally(new MessageContent("EMAIL", "Quiet", List.of("Link"), List.of()), 2, TestModels::contact);
        assertWithin4Sigma("opens of Quiet", quiet.opened, quiet.delivered, 0.1);
    }

    @Test
    void attributeModifiersMultiplyRatesAndCombine() {
        Tally marketers = tally(NEWSLETTER, 3, id -> TestModels.contact(id, 3, "Paris", "France", "Head of Marketing"));
        assertWithin4Sigma("opens by marketers", marketers.opened, marketers.delivered, 0.45);
        Tally engagedMarketers = tally(NEWSLETTER, 4,
                id -> TestModels.contact(id, 5, "Paris", "France", "Marketing manager"));
        assertWithin4Sigma("opens by engaged marketers", engagedMarketers.opened, engagedMarketers.delivered, 0.9);
        assertWithin4Sigma("clicks by engaged marketers", engagedMarketers.clicked, engagedMarketers.opened, 0.1);
        Tally boston = tally(NEWSLETTER, 5, id -> TestModels.contact(id, 3, "boston", "United States", "Buyer"));
        assertThat(boston.hard + boston.soft).isZero();
        Tally bostonUk = tally(NEWSLETTER, 5, id -> TestModels.contact(id, 3, "Boston", "United Kingdom", "Buyer"));
        assertWithin4Sigma("bounces in the other Boston", bostonUk.hard + bostonUk.soft, CONTACTS, 0.05);
    }

    @Test
    void multipliedRatesAreCappedAtOne() {
        BehaviourModel capped = BehaviourModel.parse(TestModels.SIMPLE.replace(
                "\"multiply\": { \"open\": 1.5 }", "\"multiply\": { \"open\": 10 }"), "capped.json");
        Tally t = new Tally();
        for (long id = 0; id < 10_000; id++) {
            t.add(capped.respond(TestModels.contact(id, 3, "Paris", "France", "marketing"), NEWSLETTER, SENT, random, 0));
        }
        assertThat(t.opened).isEqualTo(t.delivered);
    }

    @Test
    void smsAndPushHaveNoOpensAndClicksFollowDelivery() {
        MessageContent sms = new MessageContent("SMS", "Welcome text", List.of(), List.of());
        Tally t = tally(sms, 6, TestModels::contact);
        assertThat(t.opened).isZero();
        assertWithin4Sigma("sms hard bounces", t.hard, CONTACTS, 0.01);
        assertWithin4Sigma("sms clicks given delivery", t.clicked, t.delivered, 0.1);
        Tally push = tally(new MessageContent("PUSH", "Welcome push", List.of(), List.of()), 6, TestModels::contact);
        assertWithin4Sigma("push soft bounces", push.soft, CONTACTS, 0.05);
        assertWithin4Sigma("push clicks given delivery", push.clicked, push.delivered, 0.05);
    }

    @Test
    void contentRatesChainVisitSubmitRegisterAttend() {
        long visits = 0;
        long registered = 0;
        long attended = 0;
        long formVisits = 0;
        long submitted = 0;
        for (long id = 0; id < CONTACTS; id++) {
            ContentResponse event = model.content(TestModels.contact(id), "EVENT", "Summit", SENT, random, 7);
            visits += event.visitedAt() >= 0 ? 1 : 0;
            registered += event.registeredAt() >= 0 ? 1 : 0;
            attended += event.attendedAt() >= 0 ? 1 : 0;
            ContentResponse form = model.content(TestModels.contact(id), "FORM", "Sign-up", SENT, random, 7);
            formVisits += form.visitedAt() >= 0 ? 1 : 0;
            submitted += form.submittedAt() >= 0 ? 1 : 0;
        }
        assertWithin4Sigma("event visits", visits, CONTACTS, 0.9);
        assertWithin4Sigma("registrations given a visit", registered, visits, 0.4);
        assertWithin4Sigma("attendance given registration (Summit overrides)", attended, registered, 0.8);
        assertWithin4Sigma("form visits", formVisits, CONTACTS, 0.9);
        assertWithin4Sigma("submissions given a visit", submitted, formVisits, 0.3);
    }

    @Test
    void inboundStartsFollowTheDailyRate() {
        long days = 30;
        long started = 0;
        for (long id = 0; id < CONTACTS; id++) {
            long at = model.inboundStartAt(TestModels.contact(id), "RECORD_UPDATED", null, SENT, SENT + days * 86_400,
                    random, 0);
            if (at >= 0) {
                assertThat(at).isBetween(SENT, SENT + days * 86_400 - 1);
                started++;
            }
        }
        assertWithin4Sigma("record updates within 30 days", started, CONTACTS, 1 - Math.pow(1 - 0.02, days));
    }

    private Tally tally(MessageContent message, int tile, java.util.function.LongFunction<ContactTraits> contacts) {
        Tally t = new Tally();
        for (long id = 0; id < CONTACTS; id++) {
            t.add(model.respond(contacts.apply(id), message, SENT, random, tile));
        }
        return t;
    }

    private static final class Tally {
        long hard;
        long soft;
        long delivered;
        long opened;
        long clicked;
        long replied;
        long unsubscribed;
        long viewed;
        long desktop;
        long tablet;
        long firstLinkClicks;
        long downloadClicks;

        void add(MessageResponse r) {
            hard += "hard".equals(r.bounce()) ? 1 : 0;
            soft += "soft".equals(r.bounce()) ? 1 : 0;
            delivered += r.delivered() ? 1 : 0;
            opened += r.openedAt() >= 0 ? 1 : 0;
            clicked += r.clicks().isEmpty() ? 0 : 1;
            replied += r.repliedAt() >= 0 ? 1 : 0;
            unsubscribed += r.unsubscribedAt() >= 0 ? 1 : 0;
            viewed += r.attachmentViews().isEmpty() ? 0 : 1;
            desktop += "desktop".equals(r.device()) ? 1 : 0;
            tablet += "tablet".equals(r.device()) ? 1 : 0;
            firstLinkClicks += r.clicks().stream().anyMatch(c -> c.what().equals("Top story")) ? 1 : 0;
            downloadClicks += r.clicks().stream().anyMatch(c -> c.what().equals("Download")) ? 1 : 0;
        }
    }
}
