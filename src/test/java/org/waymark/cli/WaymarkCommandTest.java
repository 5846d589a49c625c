package org.waymark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.model.EveryTileJourney;
import org.waymark.model.file.JourneyFileReader;
import org.waymark.model.file.JourneyFileWriter;
import org.waymark.store.Store;
import org.waymark.store.StoreLocation;
import picocli.CommandLine;

class WaymarkCommandTest {

    @TempDir
    Path dir;
    private Path store;
    private final List<Path> desktopStarts = new ArrayList<>();
    private StringWriter out;
    private StringWriter err;

    @BeforeEach
    void setUp() {
        store = dir.resolve("store");
    }

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        StoreLocation location = new StoreLocation(Map.of(), "Linux", dir.resolve("home"));
        CliContext context = new CliContext(location,
                Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC), desktopStarts::add);
        CommandLine commandLine = WaymarkCommand.commandLine(context);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    private String[] withStore(String... args) {
        String[] all = java.util.Arrays.copyOf(args, args.length + 2);
        all[args.length] = "--store";
        all[args.length + 1] = store.toString();
        return all;
    }

    private Path sample() throws Exception {
        Path file = dir.resolve("every.waymark.json");
        new JourneyFileWriter().write(EveryTileJourney.journey(), file);
        return file;
    }

    @Test
    void helpAndVersion() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("journey", "store", "--store");
        assertThat(run("journey", "--help")).isZero();
        assertThat(out.toString()).contains("validate", "import", "export", "list");
        assertThat(run("--version")).isZero();
        assertThat(out.toString()).startsWith("Waymark ");
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(run("journey", "frobnicate")).isEqualTo(2);
        assertThat(run("journey", "validate")).isEqualTo(2);
        assertThat(err.toString()).contains("Missing required parameter: 'FILE'");
        assertThat(run("journey", "export", "not-a-number", "x.json")).isEqualTo(2);
    }

    @Test
    void validateAcceptsAGoodFileAndRefusesACorruptOne() throws Exception {
        assertThat(run("journey", "validate", sample().toString())).isZero();
        assertThat(out.toString()).contains("valid journey \"Every tile\" with 17 tiles");

        Path corrupt = dir.resolve("corrupt.waymark.json");
        Files.writeString(corrupt, "{\"formatVersion\": 1, \"settings\": ");
        assertThat(run("journey", "validate", corrupt.toString())).isEqualTo(1);
        assertThat(err.toString()).startsWith(corrupt + ": $: not valid JSON at line 1").doesNotContain("Exception");

        Path invalid = dir.resolve("invalid.waymark.json");
        Files.writeString(invalid, Files.readString(sample()).replace("\"P7D\"", "\"-P7D\""));
        assertThat(run("journey", "validate", invalid.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("$.pipeline[2].timeout: must be a positive duration");

        assertThat(run("journey", "validate", dir.resolve("missing.json").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("no such file");
    }

    @Test
    void validateFailsOnRuleErrorsAndNamesThem() throws Exception {
        Path file = dir.resolve("rules.waymark.json");
        Files.writeString(file, Files.readString(sample()).replace("\"source\" : \"e\"", "\"source\" : \"nowhere\""));
        assertThat(run("journey", "validate", file.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("error $.pipeline[2].rules[0].source: \"nowhere\" is not a tile before this trigger");
    }

    @Test
    void importListExportRoundTrip() throws Exception {
        assertThat(run(withStore("journey", "import", sample().toString()))).isZero();
        assertThat(out.toString().trim()).isEqualTo("1");
        assertThat(run("--store", store.toString(), "journey", "list")).isZero();
        assertThat(out.toString()).contains("Every tile").contains("Live").contains("17");
        Path exported = dir.resolve("out.waymark.json");
        assertThat(run("journey", "export", "1", exported.toString(), "--store", store.toString())).isZero();
        assertThat(new JourneyFileReader().read(exported)).isEqualTo(EveryTileJourney.journey());
        assertThat(run("--store", store.toString(), "journey", "export", "99", exported.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("No journey with id 99");
    }

    @Test
    void importRefusesACorruptFileAndWritesNothing() throws Exception {
        Path corrupt = dir.resolve("corrupt.waymark.json");
        Files.writeString(corrupt, "{\"formatVersion\": 1, \"pipeline\": []}");
        assertThat(run(withStore("journey", "import", corrupt.toString()))).isEqualTo(1);
        assertThat(err.toString()).contains("$.settings: is required");
        assertThat(run(withStore("journey", "list"))).isZero();
        assertThat(out.toString().lines()).hasSize(1);
    }

    @Test
    void storeInfoShowsSchemaAndCounts() {
        assertThat(run("store", "info", "--store", store.toString())).isZero();
        assertThat(out.toString()).contains("Store:          " + store.toAbsolutePath())
                .contains("Schema version: 12").containsPattern("interaction\\s+0");
    }

    @Test
    void storeCompactRewritesTheFileAndKeepsTheData() {
        try (Store open = Store.open(store)) {
            new org.waymark.store.AppSettingsRepository(open).put("kept", "yes");
        }
        assertThat(run("store", "compact", "--store", store.toString())).isZero();
        assertThat(out.toString()).contains("Compacted " + store.toAbsolutePath().resolve("waymark.mv.db"))
                .containsPattern("KB before, [\\d,]+ KB now");
        try (Store open = Store.open(store)) {
            assertThat(new org.waymark.store.AppSettingsRepository(open).get("kept")).contains("yes");
        }
    }

    @Test
    void aStoreInUseIsAnInputErrorWithAClearMessage() {
        try (Store open = Store.open(store)) {
            assertThat(run("--store", store.toString(), "journey", "list")).isEqualTo(1);
            assertThat(err.toString()).contains("already open in another Waymark").doesNotContain("Exception");
        }
    }

    @Test
    void theStoreOptionCountsWhereverItStands() {
        assertThat(run("--store", store.toString(), "store", "info")).isZero();
        assertThat(out.toString()).contains("Store:          " + store.toAbsolutePath());
        assertThat(run("store", "info", "--store", store.toString())).isZero();
        assertThat(out.toString()).contains("Store:          " + store.toAbsolutePath());
        assertThat(run("store", "info")).isZero();
        assertThat(out.toString()).contains("Store:          " + dir.resolve("home/.local/share/waymark"));
    }

    @Test
    void withoutACommandTheDesktopOpensOnTheChosenStore() {
        assertThat(run("--store", dir.resolve("other").toString())).isZero();
        assertThat(desktopStarts).containsExactly(dir.resolve("other").toAbsolutePath());
    }
}
