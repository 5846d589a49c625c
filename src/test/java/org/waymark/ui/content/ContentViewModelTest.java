package org.waymark.ui.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.model.content.AssetKind;
import org.waymark.model.content.AssetStatus;
import org.waymark.store.AssetRepository;
import org.waymark.store.Store;
import org.waymark.store.content.ContentRepository;

/** The Content tab's logic on a real store, store work run at once. */
class ContentViewModelTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-04T08:20:00Z"), ZoneId.of("UTC"));

    @TempDir
    Path dir;
    private Store store;
    private ContentViewModel model;

    @BeforeEach
    void open() {
        store = Store.open(dir);
        model = new ContentViewModel(new ContentRepository(store), CLOCK, Runnable::run, Runnable::run);
        model.refresh();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private EmailEditorModel email() {
        return (EmailEditorModel) model.editorProperty().get();
    }

    @Test
    void aNewEmailIsADraftThatPublishesOnceItHasASubjectAndBody() {
        model.create(AssetKind.EMAIL);

        assertThat(model.rows()).singleElement().satisfies(r -> {
            assertThat(r.name()).isEqualTo("New marketing email");
            assertThat(r.statusText().get()).isEqualTo("Draft");
        });
        assertThat(new AssetRepository(store).names(AssetKind.EMAIL)).containsExactly("New marketing email");
        model.publish();
        assertThat(model.problemsProperty().get()).isEqualTo("Subject: an email needs a subject\n"
                + "Body: an email needs a body");

        email().subjectProperty().set("Hello {{firstname}}");
        assertThat(email().notesProperty().get()).startsWith("Subject: {{firstname}} is not a placeholder Waymark "
                + "knows (did you mean {{firstName}}?); use one of {{firstName}}");
        assertThat(model.selectedProperty().get().statusText().get()).isEqualTo("Draft · unsaved changes");
        email().subjectProperty().set("Hello {{firstName}}");
        email().bodyProperty().set("<p>Hi {{firstName}}</p>");
        assertThat(email().notesProperty().get()).isEmpty();
        model.publish();

        assertThat(model.problemsProperty().get()).isEmpty();
        assertThat(model.messageProperty().get()).isEqualTo("Published 'New marketing email'");
        assertThat(model.selectedProperty().get().statusText().get()).isEqualTo("Published");
        assertThat(new AssetRepository(store).status(AssetKind.EMAIL, "New marketing email"))
                .contains(AssetStatus.PUBLISHED);
        model.unpublish();
        assertThat(model.selectedProperty().get().statusText().get()).isEqualTo("Draft");
    }

    @Test
    void aTakenNameIsRefusedNamingTheNameField() {
        model.create(AssetKind.EMAIL);
        model.create(AssetKind.EMAIL);
        assertThat(model.selectedProperty().get().name()).isEqualTo("New marketing email 2");

        email().nameProperty().set("new MARKETING email");
        model.save();

        assertThat(model.problemsProperty().get()).startsWith("Name: a marketing email named 'new MARKETING email' "
                + "already exists");
        assertThat(model.rows()).extracting(AssetRow::name).containsExactly("New marketing email",
                "New marketing email 2");
    }

    @Test
    void editsLeftUnsavedAreKeptWhenAnotherAssetIsSelected() {
        model.create(AssetKind.EMAIL);
        AssetRow first = model.selectedProperty().get();
        email().subjectProperty().set("Half written");
        model.create(AssetKind.SMS);

        assertThat(first.statusText().get()).isEqualTo("Draft · unsaved changes");
        assertThat(model.unsavedNames()).containsExactly("New marketing email");
        MessageEditorModels.Sms sms = (MessageEditorModels.Sms) model.editorProperty().get();
        sms.textProperty().set("x".repeat(161));
        assertThat(sms.notesProperty().get()).isEqualTo("161 characters · 2 segments");

        model.select(first);
        assertThat(email().subjectProperty().get()).isEqualTo("Half written");
        model.revert();
        assertThat(email().subjectProperty().get()).isEmpty();
        assertThat(first.statusText().get()).isEqualTo("Draft");
        assertThat(model.unsavedNames()).containsExactly("New text message");
    }

    @Test
    void searchAndKindNarrowTheListAndDeleteRemovesTheAsset() {
        model.create(AssetKind.EMAIL);
        model.create(AssetKind.MARKETING_FORM);
        model.create(AssetKind.EVENT);

        model.searchProperty().set("FORM");
        assertThat(model.rows()).extracting(AssetRow::name).containsExactly("New marketing form");
        model.searchProperty().set("");
        model.kindFilterProperty().set(AssetKind.EVENT);
        assertThat(model.rows()).extracting(AssetRow::name).containsExactly("New event");
        assertThat(model.formNames()).containsExactly("New marketing form");

        EventEditorModel event = (EventEditorModel) model.editorProperty().get();
        assertThat(event.startProperty().get()).isEqualTo("2026-05-11 09:00");
        event.endProperty().set("tomorrow");
        model.save();
        assertThat(model.problemsProperty().get()).isEqualTo("End: 'tomorrow' is not a date and time; write it as "
                + "2026-06-01 09:00");

        model.delete();
        model.kindFilterProperty().set(null);
        assertThat(model.rows()).extracting(AssetRow::name).containsExactly("New marketing email",
                "New marketing form");
        assertThat(model.editorProperty().get()).isNull();
    }
}
