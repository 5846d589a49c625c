package org.waymark.store.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.waymark.store.schema.Tables.MARKETING_EMAIL;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.model.content.Asset;
import org.waymark.model.content.AssetKind;
import org.waymark.model.content.AssetProblem;
import org.waymark.model.content.AssetStatus;
import org.waymark.model.content.AssetSummary;
import org.waymark.model.content.EmailAttachment;
import org.waymark.model.content.EmailLink;
import org.waymark.model.content.FieldType;
import org.waymark.model.content.FormField;
import org.waymark.model.content.InvalidAssetException;
import org.waymark.model.content.MarketingEmail;
import org.waymark.model.content.MarketingEvent;
import org.waymark.model.content.MarketingForm;
import org.waymark.model.content.MarketingPage;
import org.waymark.model.content.PushMessage;
import org.waymark.model.content.SmsMessage;
import org.waymark.store.AssetRepository;
import org.waymark.store.Store;

/** Saving, reading back and deleting the marketing assets: whole, verbatim, all or nothing. */
class ContentRepositoryTest {

    private static final String ODD_NAME = "L'offre « d'été » \"spéciale\" 東京 — 50% _off_ \\ ; DROP TABLE x";

    @TempDir
    Path dir;
    private Store store;
    private ContentRepository content;

    @BeforeEach
    void open() {
        store = Store.open(dir);
        content = new ContentRepository(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void anEmailWithItsLinksAndAttachmentsRoundTripsVerbatim() {
        MarketingEmail email = new MarketingEmail(0, ODD_NAME, "Hello {{firstName}} — ça va?", "Ünïcødé preheader",
                "<p>Hi {{firstName}}</p>", AssetStatus.DRAFT,
                List.of(new EmailLink("Download « now »", "https://example.com/a?x=1&y='2'", true),
                        new EmailLink("Unsubscribe", "https://example.com/u", false)),
                List.of(new EmailAttachment("прайс-лист.pdf", true), new EmailAttachment("terms.pdf", false)));

        Asset saved = content.save(email);

        assertThat(saved.id()).isPositive();
        assertThat(saved).isEqualTo(email.withId(saved.id()));
        assertThat(content.find(AssetKind.EMAIL, saved.id())).contains(saved);
        assertThat(content.list()).containsExactly(new AssetSummary(AssetKind.EMAIL, saved.id(), ODD_NAME,
                AssetStatus.DRAFT));
        AssetRepository catalog = new AssetRepository(store);
        assertThat(catalog.names(AssetKind.EMAIL)).containsExactly(ODD_NAME);
        assertThat(catalog.status(AssetKind.EMAIL, ODD_NAME)).contains(AssetStatus.DRAFT);
        assertThat(catalog.status(AssetKind.EMAIL, "Nothing")).isEmpty();
        assertThat(catalog.followedEmailLinks(ODD_NAME)).containsExactly("Download « now »");
        assertThat(catalog.followedEmailAttachments(ODD_NAME)).containsExactly("прайс-лист.pdf");
    }

    @Test
    void savingAgainReplacesTheLinksAndAttachmentsInTheirNewOrder() {
        MarketingEmail first = (MarketingEmail) content.save(new MarketingEmail(0, "Offer", "S", "", "B",
                AssetStatus.DRAFT, List.of(new EmailLink("A", "https://a.example", true)), List.of()));
        MarketingEmail edited = new MarketingEmail(first.id(), "Offer", "S2", "", "B", AssetStatus.DRAFT,
                List.of(new EmailLink("B", "https://b.example", false), new EmailLink("A", "https://a.example", true)),
                List.of(new EmailAttachment("x.pdf", true)));

        assertThat(content.save(edited)).isEqualTo(edited);
        assertThat(content.find(AssetKind.EMAIL, first.id())).contains(edited);
    }

    @Test
    void aTakenNameInAnyLetterCaseIsRefusedNamingTheNameField() {
        content.save(MarketingEmail.draft("Welcome"));
        assertThatThrownBy(() -> content.save(MarketingEmail.draft("WELCOME")))
                .isInstanceOfSatisfying(InvalidAssetException.class, e -> assertThat(e.problems())
                        .extracting(AssetProblem::field).containsExactly("Name"))
                .hasMessageContaining("a marketing email named 'WELCOME' already exists");
        content.save(new SmsMessage(0, "Welcome", "Hi", AssetStatus.DRAFT));
        assertThat(content.list()).hasSize(2);
    }

    @Test
    void aFailureHalfWayThroughASaveLeavesTheStoredEmailAsItWas() {
        MarketingEmail stored = (MarketingEmail) content.save(new MarketingEmail(0, "Offer", "Old subject", "", "Body",
                AssetStatus.DRAFT, List.of(new EmailLink("Old", "https://old.example", true)), List.of()));
        store.dsl().execute("ALTER TABLE email_attachment ADD CONSTRAINT ck_test CHECK (file_name <> 'boom.pdf')");
        MarketingEmail edited = new MarketingEmail(stored.id(), "Offer", "New subject", "", "Body", AssetStatus.DRAFT,
                List.of(new EmailLink("New", "https://new.example", true)), List.of(new EmailAttachment("boom.pdf", true)));

        assertThatThrownBy(() -> content.save(edited)).isInstanceOf(RuntimeException.class);

        assertThat(content.find(AssetKind.EMAIL, stored.id())).contains(stored);
        assertThatThrownBy(() -> content.save(new MarketingEmail(0, "Other", "S", "", "B", AssetStatus.DRAFT,
                List.of(), List.of(new EmailAttachment("boom.pdf", true))))).isInstanceOf(RuntimeException.class);
        assertThat(store.dsl().fetchCount(MARKETING_EMAIL)).isEqualTo(1);
    }

    @Test
    void publishingNeedsWhatALiveJourneyNeedsAndWritesNothingOtherwise() {
        MarketingEmail draft = (MarketingEmail) content.save(MarketingEmail.draft("Offer"));

        assertThatThrownBy(() -> content.save(draft.withStatus(AssetStatus.PUBLISHED)))
                .isInstanceOfSatisfying(InvalidAssetException.class, e -> assertThat(e.problems())
                        .extracting(AssetProblem::field).containsExactly("Subject", "Body"));
        assertThat(content.find(AssetKind.EMAIL, draft.id())).contains(draft);

        MarketingEmail ready = new MarketingEmail(draft.id(), "Offer", "Hi {{firstName}}", "", "<p>Body</p>",
                AssetStatus.PUBLISHED, List.of(), List.of());
        assertThat(content.save(ready).status()).isEqualTo(AssetStatus.PUBLISHED);
        assertThat(content.status(AssetKind.EMAIL, "Offer")).contains(AssetStatus.PUBLISHED);
    }

    @Test
    void everyOtherKindRoundTrips() {
        Asset sms = content.save(new SmsMessage(0, "Text «1»", "Hi {{firstName}} 👋", AssetStatus.DRAFT));
        Asset push = content.save(new PushMessage(0, "Push 東京", "Title", "Body", AssetStatus.PUBLISHED));
        MarketingForm form = new MarketingForm(0, "Sign-up \"form\"", List.of(
                new FormField("email", "Your email", FieldType.EMAIL, true),
                new FormField("city", "Ville", FieldType.TEXT, false)), AssetStatus.PUBLISHED);
        Asset savedForm = content.save(form);
        MarketingPage page = new MarketingPage(0, "Landing", "https://example.com/land", "Sign-up \"form\"",
                AssetStatus.PUBLISHED);
        Asset savedPage = content.save(page);
        MarketingEvent event = new MarketingEvent(0, "Summit", LocalDateTime.of(2026, 9, 1, 9, 0),
                LocalDateTime.of(2026, 9, 1, 17, 0), "Boston", AssetStatus.DRAFT);
        Asset savedEvent = content.save(event);

        assertThat(content.find(AssetKind.SMS, sms.id())).contains(sms);
        assertThat(((SmsMessage) sms).text()).isEqualTo("Hi {{firstName}} 👋");
        assertThat(content.find(AssetKind.PUSH_NOTIFICATION, push.id())).contains(push);
        assertThat(savedForm).isEqualTo(form.withId(savedForm.id()));
        assertThat(savedPage).isEqualTo(page.withId(savedPage.id()));
        assertThat(savedEvent).isEqualTo(event.withId(savedEvent.id()));
        assertThat(content.list()).extracting(AssetSummary::kind).containsExactly(AssetKind.SMS,
                AssetKind.PUSH_NOTIFICATION, AssetKind.MARKETING_FORM, AssetKind.MARKETING_PAGE, AssetKind.EVENT);
    }

    @Test
    void aPageNeedsAnExistingFormAndAPublishedOneToBePublished() {
        assertThatThrownBy(() -> content.save(new MarketingPage(0, "P", "https://x.example", "Missing",
                AssetStatus.DRAFT))).isInstanceOfSatisfying(InvalidAssetException.class,
                e -> assertThat(e.problems().get(0).field()).isEqualTo("Form"));
        content.save(new MarketingForm(0, "Draft form", List.of(new FormField("email", "Email", FieldType.EMAIL, true)),
                AssetStatus.DRAFT));
        assertThatThrownBy(() -> content.save(new MarketingPage(0, "P", "https://x.example", "Draft form",
                AssetStatus.PUBLISHED))).hasMessageContaining("'Draft form' is a draft");
        assertThat(content.list()).hasSize(1);
    }

    @Test
    void aFormShownByAPageIsNotDeletedUntilThePageLetsGoOfIt() {
        Asset form = content.save(new MarketingForm(0, "Form", List.of(), AssetStatus.DRAFT));
        Asset page = content.save(new MarketingPage(0, "Page", "https://x.example", "Form", AssetStatus.DRAFT));

        assertThatThrownBy(() -> content.delete(AssetKind.MARKETING_FORM, form.id()))
                .hasMessageContaining("the marketing page 'Page' shows this form");
        assertThat(content.delete(AssetKind.MARKETING_PAGE, page.id())).isTrue();
        assertThat(content.delete(AssetKind.MARKETING_FORM, form.id())).isTrue();
        assertThat(content.delete(AssetKind.MARKETING_FORM, form.id())).isFalse();
        assertThat(content.list()).isEmpty();
    }

    @Test
    void aFormStoredAsFieldNamesOnlyReadsAsOptionalTextFields() {
        store.dsl().execute("INSERT INTO marketing_form (name, fields_json, status) VALUES ('Old', "
                + "'[\"email\",\"firstName\"]', 'PUBLISHED')");
        long id = content.list().get(0).id();

        assertThat(((MarketingForm) content.find(AssetKind.MARKETING_FORM, id).orElseThrow()).fields()).containsExactly(
                new FormField("email", "email", FieldType.EMAIL, false),
                new FormField("firstName", "firstName", FieldType.TEXT, false));
    }
}
