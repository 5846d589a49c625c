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
import org.waymark.store.timeline.TimelineTestData;
import picocli.CommandLine;

class TimelineCommandTest {

    @TempDir
    Path dir;
    private Path store;
    private StringWriter out;
    private StringWriter err;

    @BeforeEach
    void fill() {
        store = dir.resolve("store");
        try (Store opened = Store.open(store)) {
            TimelineTestData.fill(opened);
        }
    }

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CliContext context = new CliContext(new StoreLocation(Map.of(), "Linux", dir.resolve("home")),
                java.time.Clock.fixed(TimelineTestData.NOW.toInstant(ZoneOffset.UTC), ZoneOffset.UTC), p -> { });
        CommandLine commandLine = WaymarkCommand.commandLine(context);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        String[] all = java.util.Arrays.copyOf(args, args.length + 2);
        all[args.length] = "--store";
        all[args.length + 1] = store.toString();
        return commandLine.execute(all);
    }

    @Test
    void printsAContactsTimelineNewestFirst() {
        assertThat(run("timeline", "--contact", "1", "--limit", "3")).isZero();
        String[] lines = out.toString().split("\\R");
        assertThat(lines[0]).isEqualTo("Ana Silva (contact 1): 10 interactions, newest first");
        assertThat(lines[1]).startsWith("2026-05-04 07:02  Email link clicked").contains("Spring offer")
                .contains("https://harbor.example/spring");
        assertThat(lines[3]).startsWith("2026-05-03 12:00  Order placed");
        assertThat(lines[4]).isEqualTo("… 7 more (raise --limit)");
    }

    @Test
    void filtersByTypeSubtypeDatesSearchAndAccountContacts() {
        assertThat(run("timeline", "--contact", "1", "--type", "email/opened", "--from", "2026-04-25", "--to",
                "2026-05-04")).isZero();
        assertThat(out.toString()).startsWith("Ana Silva (contact 1): 2 interactions");
        assertThat(run("timeline", "--account", "1", "--search", "refunded", "--json")).isZero();
        assertThat(out.toString()).contains("\"total\" : 1", "\"subtype\" : \"Call logged\"")
                .doesNotContain("contactId");
        assertThat(run("timeline", "--account", "1", "--type", "EMAIL")).isZero();
        assertThat(out.toString()).contains("Harbor Foods (account 1): 6 interactions").contains("Ben Okafor");
    }

    @Test
    void badInputExitsWithOneAndSaysWhy() {
        assertThat(run("timeline", "--contact", "99")).isEqualTo(1);
        assertThat(err.toString()).contains("no contact with id 99");
        assertThat(run("timeline", "--contact", "1", "--type", "fax")).isEqualTo(1);
        assertThat(err.toString()).contains("--type fax: unknown type");
        assertThat(run("timeline", "--contact", "1", "--from", "yesterday")).isEqualTo(1);
        assertThat(err.toString()).contains("yesterday is not a date");
        assertThat(run("timeline", "--contact", "1", "--account", "1")).isEqualTo(2);
    }
}
