package org.waymark.ui.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.model.content.AssetStatus;
import org.waymark.model.content.MarketingEmail;
import org.waymark.model.content.Placeholders;
import org.waymark.model.content.SmsMessage;
import org.waymark.store.ContactRepository;
import org.waymark.store.Store;
import org.waymark.store.timeline.MessagePreviews;

/** The preview fills the placeholders of the message as edited from the chosen contact. */
class PreviewViewModelTest {

    @Test
    void theChosenContactsFieldsFillTheMessageAsEdited(@TempDir Path dir) {
        try (Store store = Store.open(dir)) {
            store.dsl().execute("INSERT INTO business_unit (id, name) VALUES (1, 'HQ')");
            store.dsl().execute("INSERT INTO contact (first_name, last_name, email, city, business_unit_id) "
                    + "VALUES ('Zoë', 'O''Brien', 'zoe@example.com', 'Cork', 1)");
            MessagePreviews values = new MessagePreviews(store);
            PreviewViewModel preview = new PreviewViewModel(new ContactRepository(store), values, Runnable::run,
                    Runnable::run);
            preview.assetProperty().set(new MarketingEmail(0, "E", "Hi {{firstName}}", "From {{city}}",
                    "<p>Dear {{firstName}} {{lastName}},</p><p><a href=\"https://x.example\">Go</a></p>",
                    AssetStatus.DRAFT, List.of(), List.of()));
            assertThat(preview.titleProperty().get()).isEqualTo("Hi {{firstName}}");

            preview.searchProperty().set("o'bri");
            assertThat(preview.matches()).hasSize(1);
            preview.contactProperty().set(preview.matches().get(0));

            assertThat(preview.headingProperty().get()).isEqualTo("Email, as Zoë O'Brien reads it");
            assertThat(preview.titleProperty().get()).isEqualTo("Hi Zoë");
            assertThat(preview.preheaderProperty().get()).isEqualTo("From Cork");
            assertThat(preview.bodyProperty().get()).isEqualTo("Dear Zoë O'Brien,\n\nGo (https://x.example)");
            preview.assetProperty().set(new SmsMessage(0, "S", "Hi {{firstName}}!", AssetStatus.DRAFT));
            assertThat(preview.bodyProperty().get()).isEqualTo("Hi Zoë!");
            assertThat(values.placeholderValues(1).keySet()).containsExactlyInAnyOrderElementsOf(Placeholders.KNOWN);
        }
    }
}
