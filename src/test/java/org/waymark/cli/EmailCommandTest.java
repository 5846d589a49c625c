package org.waymark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.store.Store;
import org.waymark.store.StoreLocation;
import org.waymark.store.engagement.EmailMessagesTestData;
import picocli.CommandLine;

class EmailCommandTest {

    @TempDir
    Path dir;

    @Test
    void printsEachTemplatesResultsAsATableOrJson() {
        Path store = dir.resolve("store");
        try (Store opened = Store.open(store)) {
            EmailMessagesTestData.fill(opened);
        }
        StringWriter out = new StringWriter();
        CommandLine cli = WaymarkCommand.commandLine(new CliContext(new StoreLocation(Map.of(), "Linux", dir),
                Clock.fixed(EmailMessagesTestData.T0.plusDays(10).toInstant(ZoneOffset.UTC), ZoneOffset.UTC), p -> { }));
        cli.setOut(new PrintWriter(out, true));
        assertThat(cli.execute("email", "results", "--store", store.toString())).isZero();
        assertThat(out.toString()).containsPattern("Spring offer\\s+3\\s+2\\s+1\\s+50.0%\\s+1\\s+1\\s+50.0%")
                .contains("Recommended: at least 100 messages sent");
        out.getBuffer().setLength(0);
        assertThat(cli.execute("email", "results", "--json", "--store", store.toString())).isZero();
        assertThat(out.toString()).contains("\"name\" : \"Spring offer\"", "\"opened\" : 1", "\"sent\" : 3", "\"recommended\" : false");
    }
}
