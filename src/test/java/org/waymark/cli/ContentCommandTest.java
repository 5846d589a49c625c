package org.waymark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.model.content.AssetStatus;
import org.waymark.model.content.MarketingEmail;
import org.waymark.model.content.SmsMessage;
import org.waymark.store.Store;
import org.waymark.store.StoreLocation;
import org.waymark.store.content.ContentRepository;
import picocli.CommandLine;

class ContentCommandTest {

    @TempDir
    Path dir;

    @Test
    void listsEveryAssetWithItsStatusOrOnlyTheDrafts() {
        Path store = dir.resolve("store");
        try (Store opened = Store.open(store)) {
            ContentRepository content = new ContentRepository(opened);
            content.save(MarketingEmail.draft("Offer « été »"));
            content.save(new SmsMessage(0, "Reminder", "Hi {{firstName}}", AssetStatus.PUBLISHED));
        }
        StringWriter out = new StringWriter();
        CommandLine cli = WaymarkCommand.commandLine(new CliContext(new StoreLocation(Map.of(), "Linux", dir),
                Clock.fixed(Instant.parse("2026-05-04T08:20:00Z"), ZoneOffset.UTC), p -> { }));
        cli.setOut(new PrintWriter(out, true));

        assertThat(cli.execute("content", "list", "--store", store.toString())).isZero();
        assertThat(out.toString()).containsPattern("marketing email\\s+Draft\\s+Offer « été »")
                .containsPattern("text message\\s+Published\\s+Reminder").contains("2 assets");
        out.getBuffer().setLength(0);
        assertThat(cli.execute("content", "list", "--drafts", "--store", store.toString())).isZero();
        assertThat(out.toString()).contains("Offer « été »", "1 asset").doesNotContain("Reminder");
    }
}
