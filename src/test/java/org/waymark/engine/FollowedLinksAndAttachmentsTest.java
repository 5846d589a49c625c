package org.waymark.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.waymark.engine.TestJourneys.START_INSTANT;
import static org.waymark.engine.TestJourneys.clickedLink;
import static org.waymark.engine.TestJourneys.email;
import static org.waymark.engine.TestJourneys.include;
import static org.waymark.engine.TestJourneys.journey;
import static org.waymark.engine.TestJourneys.sms;
import static org.waymark.engine.TestJourneys.trigger;
import static org.waymark.engine.TestJourneys.union;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.waymark.model.content.AssetCatalog;
import org.waymark.model.content.AssetKind;
import org.waymark.model.interaction.InteractionBatch;
import org.waymark.model.interaction.InteractionType;
import org.waymark.model.journey.Journey;
import org.waymark.model.tile.RuleJoin;

/**
 * Only followed links and attachments are tracked, so only they are recorded: attachments come from the request,
 * links from the request or, through {@link SimulationRequest#withEmailAssets}, from the store's followed flags.
 */
class FollowedLinksAndAttachmentsTest {

    private final Population one = TestPopulations.parisians(1).build();

    /** A store with one email, "Hello": one followed and one unfollowed link, likewise two attachments. */
    private static final AssetCatalog STORE = new AssetCatalog() {
        @Override
        public List<String> names(AssetKind kind) {
            return kind == AssetKind.EMAIL ? List.of("Hello") : List.of();
        }

        @Override
        public List<String> emailLinks(String emailName) {
            return emailName.equals("Hello") ? List.of("Read more", "Manage preferences") : List.of();
        }

        @Override
        public List<String> followedEmailLinks(String emailName) {
            return emailName.equals("Hello") ? List.of("Read more") : List.of();
        }

        @Override
        public List<String> followedEmailAttachments(String emailName) {
            return emailName.equals("Hello") ? List.of("brochure.pdf") : List.of();
        }

        @Override
        public void createEmail(String name, String subject) {
            throw new UnsupportedOperationException();
        }
    };

    private static SimulationRequest request(Journey journey, Population population, String model,
                                             Map<String, List<String>> links, Map<String, List<String>> attachments) {
        SimulationRequest plain = TestJourneys.request(journey, population, model, 10);
        return new SimulationRequest(journey, population, plain.model(), plain.seed(), plain.start(), plain.period(),
                1, InteractionBatch.NONE, links, attachments);
    }

    private static SimulationResult run(SimulationRequest request) {
        return new Simulator().run(request, SimulationProgress.NONE);
    }

    @Test
    void eachFollowedAttachmentOfAnOpenedEmailIsViewedAndNamedByItsFile() {
        Journey journey = journey(union("start", include("s", "Target")), email("mail", "Hello"));

        SimulationResult result = run(request(journey, one, TestModels.ATTACHING,
                Map.of("Hello", List.of("Read more")), Map.of("Hello", List.of("brochure.pdf", "prices.xlsx"))));

        assertEquals(List.of("1 EMAIL sent +0m", "1 EMAIL delivered +0m", "1 EMAIL opened +60m",
                "1 EMAIL clicked +120m", "1 EMAIL attachmentViewed +180m", "1 EMAIL attachmentViewed +180m"),
                Rows.brief(result.interactions()));
        InteractionBatch rows = result.interactions();
        assertEquals(List.of("Read more", "brochure.pdf", "prices.xlsx"),
                List.of(rows.detail(3), rows.detail(4), rows.detail(5)));
        assertEquals("Hello", rows.assetName(4));
        assertEquals(1, result.tile("mail").orElseThrow().message("attachmentViewed"), "counts contacts, not views");
    }

    @Test
    void anEmailWithoutKnownAttachmentsIsNeverViewed() {
        Journey journey = journey(union("start", include("s", "Target")), email("mail", "Hello"));

        SimulationResult result = run(TestJourneys.request(journey, one, TestModels.ATTACHING, 10));

        assertEquals(List.of("1 EMAIL sent +0m", "1 EMAIL delivered +0m", "1 EMAIL opened +60m",
                "1 EMAIL clicked +120m"), Rows.brief(result.interactions()));
        assertEquals("Hello", result.interactions().detail(3), "an unknown email offers a link named after itself");
        assertEquals(0, result.tile("mail").orElseThrow().message("attachmentViewed"));
    }

    @Test
    void theStoresUnfollowedLinksAndAttachmentsAreNeverRecordedNorWatched() {
        Journey journey = journey(union("start", include("s", "Target")), email("mail", "Hello"),
                trigger("t", RuleJoin.AND, Duration.ofDays(1), List.of(clickedLink("mail", "Manage preferences")),
                        List.of(sms("yes", "Yes")), List.of(sms("no", "No"))));
        SimulationRequest unknown = TestJourneys.request(journey, one, TestModels.ATTACHING, 10);
        SimulationRequest known = unknown.withEmailAssets(STORE);

        assertEquals(Map.of("Hello", List.of("Read more")), known.emailLinks());
        assertEquals(Map.of("Hello", List.of("brochure.pdf")), known.emailAttachments());
        SimulationResult result = run(known);
        assertEquals(List.of("1 EMAIL clicked +120m Read more", "1 EMAIL attachmentViewed +180m brochure.pdf",
                "1 SMS sent +1440m No"), engagement(result.interactions()),
                "the unfollowed link is not tracked, so the trigger waiting for it times out");
        assertEquals(List.of("1 EMAIL clicked +120m Manage preferences", "1 SMS sent +120m Yes"),
                engagement(run(unknown).interactions()), "without the store the watched link is offered");
    }

    @Test
    void anEmailTheRequestKnowsWithoutFollowedLinksIsNeverClicked() {
        Journey journey = journey(union("start", include("s", "Target")), email("mail", "Hello"));

        SimulationResult result = run(request(journey, one, TestModels.CERTAIN, Map.of("Hello", List.of()),
                Map.of()));

        assertEquals(List.of("1 EMAIL sent +0m", "1 EMAIL delivered +0m", "1 EMAIL opened +60m"),
                Rows.brief(result.interactions()));
    }

    @Test
    void emailsTheCatalogDoesNotHaveStayUnknownAndTheOlderConstructorsKnowNothing() {
        Journey journey = journey(union("start", include("s", "Target")), email("mail", "Elsewhere"));
        SimulationRequest request = TestJourneys.request(journey, one, TestModels.CERTAIN, 10);

        assertEquals(Map.of(), request.withEmailAssets(STORE).emailLinks());
        assertEquals(Map.of(), request.emailAttachments());
        SimulationRequest withLinks = new SimulationRequest(journey, one, request.model(), 1, START_INSTANT,
                Duration.ofDays(1), 1, InteractionBatch.NONE, Map.of("Elsewhere", List.of("A")));
        assertEquals(Map.of("Elsewhere", List.of("A")), withLinks.emailLinks());
        assertEquals(Map.of(), withLinks.emailAttachments());
        List<String> mutable = new ArrayList<>(List.of("x.pdf"));
        SimulationRequest copied = request(journey, one, TestModels.CERTAIN, null, Map.of("Elsewhere", mutable));
        mutable.clear();
        assertEquals(List.of("x.pdf"), copied.emailAttachments().get("Elsewhere"), "the request keeps a copy");
        assertThrows(UnsupportedOperationException.class, () -> copied.emailAttachments().get("Elsewhere").add("y"));
    }

    /** Email clicks and attachment views with their detail, SMS sends with their asset. */
    private static List<String> engagement(InteractionBatch rows) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            String subtype = rows.subtype(i);
            String line = rows.contactId(i) + " " + rows.type(i) + " " + subtype + " +"
                    + (rows.occurredAt(i) - TestJourneys.T0) / 60 + "m ";
            if (rows.type(i) == InteractionType.EMAIL
                    && (subtype.equals("clicked") || subtype.equals("attachmentViewed"))) {
                lines.add(line + rows.detail(i));
            } else if (rows.type(i) == InteractionType.SMS && subtype.equals("sent")) {
                lines.add(line + rows.assetName(i));
            }
        }
        return lines;
    }
}
