package org.waymark.model.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What saving and publishing need, placeholders and text-message length. */
class AssetChecksTest {

    private final AssetChecks checks = new AssetChecks();

    @Test
    void unknownPlaceholdersAreNamedWithTheKnownOnesListed() {
        List<String> problems = new Placeholders().problems("Hi {{firstname}}, {{ city }} {{shoeSize}} {{lastName");

        assertThat(problems).containsExactly(
                "{{firstname}} is not a placeholder Waymark knows (did you mean {{firstName}}?); use one of "
                        + "{{firstName}}, {{lastName}}, {{email}}, {{city}}, {{jobTitle}}, {{account}}",
                "{{shoeSize}} is not a placeholder Waymark knows; use one of " + Placeholders.knownList(),
                "a placeholder is not closed: end it with }}");
        assertThat(new Placeholders().problems("Dear {{firstName}} {{ lastName }}")).isEmpty();
    }

    @Test
    void anEmailIsPublishedWithASubjectABodyKnownPlaceholdersAndValidLinks() {
        MarketingEmail empty = MarketingEmail.draft("Offer");
        assertThat(checks.forSave(empty)).isEmpty();
        assertThat(checks.forPublish(empty)).extracting(AssetProblem::field).containsExactly("Subject", "Body");

        MarketingEmail email = new MarketingEmail(0, "Offer", "Hi {{frstName}}", "", "<p>Body</p>", AssetStatus.DRAFT,
                List.of(new EmailLink("Go", "www.example.com", true)), List.of());
        assertThat(checks.forPublish(email)).extracting(AssetProblem::toString).containsExactly(
                "Subject: {{frstName}} is not a placeholder Waymark knows; use one of " + Placeholders.knownList(),
                "Link 1 URL: 'www.example.com' must start with https:// or http://");
    }

    @Test
    void savingNeedsANameAndCompleteRows() {
        MarketingEmail email = new MarketingEmail(0, " ", "", "", "", AssetStatus.DRAFT,
                List.of(new EmailLink("", "https://x.example", true)), List.of(new EmailAttachment("", true)));
        assertThat(checks.forSave(email)).extracting(AssetProblem::field)
                .containsExactly("Name", "Link 1 label", "Attachment 1 file name");
        MarketingForm form = new MarketingForm(0, "F", List.of(new FormField("email", "Email", FieldType.EMAIL, true),
                new FormField("Email", "Again", FieldType.TEXT, false)), AssetStatus.DRAFT);
        assertThat(checks.forSave(form)).extracting(AssetProblem::field).containsExactly("Field 2 name");
        assertThat(checks.forSave(new SmsMessage(0, "S", "x".repeat(1601), AssetStatus.DRAFT)))
                .extracting(AssetProblem::toString).containsExactly("Text: is 1601 characters long; at most 1600 fit");
    }

    @Test
    void aPageNeedsAFullWebAddressAndAnEventAnEndAfterItsStart() {
        assertThat(checks.forPublish(new MarketingPage(0, "P", "example.com/x", "", AssetStatus.DRAFT)))
                .extracting(AssetProblem::field).containsExactly("URL");
        assertThat(checks.forPublish(new MarketingPage(0, "P", "https://example.com/x", "", AssetStatus.DRAFT))).isEmpty();
        LocalDateTime nine = LocalDateTime.of(2026, 6, 1, 9, 0);
        assertThat(checks.forSave(new MarketingEvent(0, "E", nine, nine.minusHours(1), "", AssetStatus.DRAFT)))
                .extracting(AssetProblem::toString).containsExactly("End: must be later than the start");
        assertThat(checks.forPublish(new MarketingEvent(0, "E", nine, nine.plusHours(8), "", AssetStatus.DRAFT)))
                .extracting(AssetProblem::field).containsExactly("Place");
        assertThat(checks.forSave(new MarketingEvent(0, "E", null, null, "", AssetStatus.DRAFT)))
                .extracting(AssetProblem::field).containsExactly("Start");
    }

    @Test
    void textMessagesCountSegmentsAsPhonesDo() {
        assertThat(SmsLength.of("")).isEqualTo(new SmsLength(0, 0, false));
        assertThat(SmsLength.of("x".repeat(160))).isEqualTo(new SmsLength(160, 1, false));
        assertThat(SmsLength.of("x".repeat(161))).isEqualTo(new SmsLength(161, 2, false));
        assertThat(SmsLength.of("x".repeat(306))).isEqualTo(new SmsLength(306, 2, false));
        assertThat(SmsLength.of("x".repeat(307))).isEqualTo(new SmsLength(307, 3, false));
        assertThat(SmsLength.of("Price: 5€ [now]")).isEqualTo(new SmsLength(18, 1, false));
        assertThat(SmsLength.of("Привет".repeat(12))).isEqualTo(new SmsLength(72, 2, true));
        assertThat(SmsLength.of("x".repeat(161)).describe()).isEqualTo("161 characters · 2 segments");
        assertThat(SmsLength.of("Hi").describe()).isEqualTo("2 characters · 1 message");
    }

    @Test
    void formFieldsRoundTripThroughJson() {
        FormFieldsJson json = new FormFieldsJson();
        List<FormField> fields = List.of(new FormField("email", "E-mail « adresse »", FieldType.EMAIL, true),
                new FormField("city", "市", FieldType.TEXT, false));
        assertThat(json.read(json.write(fields))).isEqualTo(fields);
        assertThat(json.read("not json")).isEmpty();
    }
}
