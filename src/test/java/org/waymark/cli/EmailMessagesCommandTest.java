package org.waymark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.store.Store;
import org.waymark.store.StoreLocation;
import org.waymark.store.engagement.EmailMessagesTestData;
import picocli.CommandLine;

/** {@code email messages} and {@code email message --id N} on the hand-counted messages. */
class EmailMessagesCommandTest {

    @TempDir
    Path dir;
    private Path store;
    private StringWriter out;
    private StringWriter err;

    @BeforeEach
    void fill() {
        store = dir.resolve("store");
        try (Store opened = Store.open(store)) {
            EmailMessagesTestData.fill(opened);
        }
    }

    @Test
    void listsTheMessagesNewestFirstWithTheirStatus() {
        assertThat(run("email", "messages")).isZero();
        String[] lines = out.toString().split("\\R");
        assertThat(lines[0]).startsWith("ID").contains("RECIPIENT", "LAST OPENED", "STATUS");
        assertThat(lines[1]).contains("Cleo Diaz", "Autumn offer", "Opened once, last 3 days ago");
        assertThat(lines[3]).contains("Ben Cole", "Bounced");
        assertThat(lines[5]).isEqualTo("4 of 4 messages");
    }

    @Test
    void filtersBySearchAndStatusAndPrintsJson() {
        assertThat(run("email", "messages", "--search", "ana", "--status", "replied", "--json")).isZero();
        assertThat(out.toString()).contains("\"total\" : 1", "\"recipient\" : \"Ana Berg\"", "\"opens\" : 2",
                "\"status\" : \"Replied, opened twice, last 6 days ago\"");
        assertThat(run("email", "messages", "--status", "lost")).isEqualTo(WaymarkCommand.INVALID_INPUT);
        assertThat(err.toString()).contains("--status", "'lost'", "replied");
    }

    @Test
    void showsOneMessageWithItsKpisAndHistory() {
        assertThat(run("email", "messages", "--search", "ana", "--sort", "OPENS", "--limit", "1", "--json")).isZero();
        String id = out.toString().replaceAll("(?s).*\"id\" : (\\d+).*", "$1");
        assertThat(run("email", "message", "--id", id)).isZero();
        assertThat(out.toString()).contains("Spring offer to Ana Berg <ana@example.com>, sent 2026-03-02 09:00",
                "Opens 2 · Attachment views 0 · Link clicks 1 · Replies 1", "Subject: Hello Ana",
                "Link: Book a demo — https://x.example", "Mobile    clicked Book a demo");
        assertThat(run("email", "message", "--id", "999")).isEqualTo(WaymarkCommand.INVALID_INPUT);
        assertThat(err.toString()).contains("--id: no email message 999");
    }

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CliContext context = new CliContext(new StoreLocation(Map.of(), "Linux", dir.resolve("home")),
                java.time.Clock.fixed(EmailMessagesTestData.T0.plusDays(6).toInstant(ZoneOffset.UTC), ZoneOffset.UTC),
                p -> { });
        CommandLine commandLine = WaymarkCommand.commandLine(context);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        String[] all = java.util.Arrays.copyOf(args, args.length + 2);
        all[args.length] = "--store";
        all[args.length + 1] = store.toString();
        return commandLine.execute(all);
    }
}
