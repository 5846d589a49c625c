package org.waymark.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.waymark.store.schema.Tables.EMAIL_ATTACHMENT;
import static org.waymark.store.schema.Tables.EMAIL_LINK;
import static org.waymark.store.schema.Tables.MARKETING_EMAIL;

import java.nio.file.Path;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.model.content.AssetKind;

/** The store's emails: every link for the designer, only the followed links and attachments for the simulator. */
class AssetRepositoryTest {

    @Test
    void followedLinksAndAttachmentsAreThoseWhoseFlagIsSetInTheOrderTheyWereAdded(@TempDir Path dir) {
        try (Store store = Store.open(dir)) {
            DSLContext dsl = store.dsl();
            long offer = email(dsl, "Offer");
            long other = email(dsl, "Other");
            link(dsl, offer, "Read more", true);
            link(dsl, offer, "Manage preferences", false);
            link(dsl, offer, "Download", true);
            link(dsl, other, "Elsewhere", true);
            attachment(dsl, offer, "contract.pdf", false);
            attachment(dsl, offer, "brochure.pdf", true);
            attachment(dsl, offer, "prices.xlsx", true);
            AssetRepository assets = new AssetRepository(store);

            assertThat(assets.names(AssetKind.EMAIL)).containsExactly("Offer", "Other");
            assertThat(assets.emailLinks("Offer")).containsExactly("Read more", "Manage preferences", "Download");
            assertThat(assets.followedEmailLinks("Offer")).containsExactly("Read more", "Download");
            assertThat(assets.followedEmailAttachments("Offer")).containsExactly("brochure.pdf", "prices.xlsx");
            assertThat(assets.followedEmailAttachments("Other")).isEmpty();
            assertThat(assets.followedEmailLinks("Missing")).isEmpty();
            assertThat(assets.followedEmailAttachments("Missing")).isEmpty();
        }
    }

    private static long email(DSLContext dsl, String name) {
        return dsl.insertInto(MARKETING_EMAIL, MARKETING_EMAIL.NAME, MARKETING_EMAIL.SUBJECT)
                .values(name, name).returning(MARKETING_EMAIL.ID).fetchOne().getId();
    }

    private static void link(DSLContext dsl, long email, String label, boolean followed) {
        dsl.insertInto(EMAIL_LINK, EMAIL_LINK.EMAIL_ID, EMAIL_LINK.LABEL, EMAIL_LINK.URL, EMAIL_LINK.FOLLOWED)
                .values(email, label, "https://example.com/" + label.length(), followed).execute();
    }

    private static void attachment(DSLContext dsl, long email, String file, boolean followed) {
        dsl.insertInto(EMAIL_ATTACHMENT, EMAIL_ATTACHMENT.EMAIL_ID, EMAIL_ATTACHMENT.FILE_NAME,
                EMAIL_ATTACHMENT.FOLLOWED).values(email, file, followed).execute();
    }
}
