package org.waymark.engine.behaviour;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Whatever the draws, responses keep their order: send, delivery, open, then what follows an open. */
class BehaviourInvariantsTest {

    private static final long SENT = 1_750_000_000L;
    private static final List<MessageContent> MESSAGES = List.of(
            new MessageContent("EMAIL", "White paper offer", List.of("Download the white paper", "Read our blog"),
                    List.of("playbook-summary.pdf")),
            new MessageContent("EMAIL", "Customer summit invitation",
                    List.of("Register for the summit", "See the programme"), List.of("summit-programme.pdf", "venue-map.pdf")),
            new MessageContent("EMAIL", "Thanks for your interest", List.of("Watch the recording"), List.of("slides.pdf")),
            new MessageContent("SMS", "Summit last call", List.of(), List.of()),
            new MessageContent("PUSH", "New feature push", List.of(), List.of()));

    private final BehaviourModel model = BehaviourModel.defaults();
    private final DeterministicRandom random = new DeterministicRandom(99);

    @Test
    void messageEventsHappenInOrderAndNeverAfterABounce() {
        String[] titles = {"Marketing manager", "Chief executive", "Buyer"};
        for (long id = 0; id < 50_000; id++) {
            ContactTraits contact = new ContactTraits(id, id / 5, (int) (id % 6), id % 3 == 0 ? "Boston" : "London",
                    "United States", titles[(int) (id % 3)]);
            for (int m = 0; m < MESSAGES.size(); m++) {
                MessageContent message = MESSAGES.get(m);
                check(message, model.respond(contact, message, SENT, random, m));
            }
        }
    }

    private static void check(MessageContent message, MessageResponse r) {
        if (!r.delivered()) {
            assertThat(r.bounce()).isIn("hard", "soft");
            assertThat(r.deliveredAt()).isEqualTo(-1);
            assertThat(r.openedAt()).isEqualTo(-1);
            assertThat(r.device()).isNull();
            assertThat(r.clicks()).isEmpty();
            assertThat(r.attachmentViews()).isEmpty();
            assertThat(r.repliedAt()).isEqualTo(-1);
            assertThat(r.unsubscribedAt()).isEqualTo(-1);
            return;
        }
        assertThat(r.bounce()).isNull();
        assertThat(r.deliveredAt()).isGreaterThan(SENT);
        if (r.unsubscribedAt() != -1) {
            assertThat(r.unsubscribedAt()).isGreaterThan(r.deliveredAt());
        }
        boolean email = message.channel().equals("EMAIL");
        long engagedFrom = r.deliveredAt();
        if (email) {
            if (r.openedAt() == -1) {
                assertThat(r.device()).isNull();
                assertThat(r.clicks()).isEmpty();
                assertThat(r.attachmentViews()).isEmpty();
                assertThat(r.repliedAt()).isEqualTo(-1);
                return;
            }
            assertThat(r.openedAt()).isGreaterThan(r.deliveredAt());
            assertThat(r.device()).isIn("desktop", "mobile", "tablet");
            engagedFrom = r.openedAt();
        } else {
            assertThat(r.openedAt()).isEqualTo(-1);
        }
        long previous = engagedFrom;
        for (TimedEvent click : r.clicks()) {
            assertThat(click.at()).isGreaterThan(engagedFrom).isGreaterThanOrEqualTo(previous);
            previous = click.at();
            assertThat(click.what()).isIn(email ? message.followedLinks() : List.of(message.assetName()));
        }
        for (TimedEvent view : r.attachmentViews()) {
            assertThat(view.at()).isGreaterThan(engagedFrom);
            assertThat(view.what()).isIn(message.followedAttachments());
        }
        if (r.repliedAt() != -1) {
            assertThat(r.repliedAt()).isGreaterThan(engagedFrom);
        }
    }

    @Test
    void contentStepsFollowEachOther() {
        for (long id = 0; id < 50_000; id++) {
            ContactTraits contact = TestModels.contact(id, 4, id % 2 == 0 ? "Boston" : "Paris", "France", "Buyer");
            for (String kind : List.of("PAGE", "FORM", "EVENT")) {
                ContentResponse r = model.content(contact, kind, "Bluefield customer summit", SENT, random, 4);
                if (r.visitedAt() == -1) {
                    assertThat(r).isEqualTo(new ContentResponse(-1, -1, -1, -1));
                    continue;
                }
                assertThat(r.visitedAt()).isGreaterThan(SENT);
                assertThat(r.submittedAt() == -1 || r.submittedAt() > r.visitedAt()).isTrue();
                assertThat(r.registeredAt() == -1 || r.registeredAt() > r.visitedAt()).isTrue();
                assertThat(r.attendedAt() == -1 || r.registeredAt() != -1 && r.attendedAt() > r.registeredAt()).isTrue();
            }
        }
    }

    @Test
    void theSameInputsGiveTheSameResponsesAndTilesDecideIndependently() {
        BehaviourModel again = BehaviourModel.defaults();
        DeterministicRandom sameSeed = new DeterministicRandom(99);
        int differences = 0;
        for (long id = 0; id < 10_000; id++) {
            ContactTraits contact = TestModels.contact(id);
            MessageResponse first = model.respond(contact, MESSAGES.get(0), SENT, random, 3);
            assertThat(again.respond(contact, MESSAGES.get(0), SENT, sameSeed, 3)).isEqualTo(first);
            assertThat(model.inboundStartAt(contact, "FORM_SUBMITTED", "Newsletter sign-up form", SENT, SENT + 864_000,
                    random, 1)).isEqualTo(again.inboundStartAt(contact, "FORM_SUBMITTED", "Newsletter sign-up form",
                    SENT, SENT + 864_000, sameSeed, 1));
            if (!model.respond(contact, MESSAGES.get(0), SENT, random, 4).equals(first)) {
                differences++;
            }
        }
        assertThat(differences).isGreaterThan(9_000);
    }

    @Test
    void inboundStartsStayInThePeriod() {
        for (long id = 0; id < 20_000; id++) {
            long at = model.inboundStartAt(TestModels.contact(id), "FORM_SUBMITTED", "Newsletter sign-up form",
                    SENT, SENT + 3_600, random, 0);
            assertThat(at == -1 || at >= SENT && at < SENT + 3_600).isTrue();
        }
        assertThat(model.inboundStartAt(TestModels.contact(1), "RECORD_UPDATED", null, SENT, SENT, random, 0))
                .isEqualTo(-1);
    }
}
