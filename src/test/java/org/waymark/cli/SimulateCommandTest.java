package org.waymark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.model.file.JourneyFileReader;
import org.waymark.model.journey.PipelineWalker;
import org.waymark.store.Store;
import org.waymark.store.StoreLocation;
import org.waymark.store.demo.DemoWorkspace;
import picocli.CommandLine;

/** {@code waymark simulate} on a small demo store: the table, the JSON report, recording a run, bad input. */
class SimulateCommandTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);
    private static final String WHITE_PAPER = "/assets/journeys/new-york-white-paper.waymark.json";
    private static final Pattern ROW = Pattern.compile(
            "^(.{32}) (\\S+)\\s+([\\d,]+)\\s+([\\d,]+)\\s+([\\d,]+)  (.{26})\\s+(\\S+)\\s+(\\S+)\\s+(\\S+)\\s+(\\S+)\\s+(\\S+)\\s+(\\S+)$");

    @TempDir
    Path dir;
    private Path store;
    private StringWriter out;
    private StringWriter err;

    @BeforeEach
    void demoStore() {
        store = dir.resolve("store");
        try (Store opened = Store.open(store)) {
            new DemoWorkspace(DemoWorkspace.DEFAULT_SEED, CLOCK, 40, 300).generate(opened);
        }
    }

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CliContext context = new CliContext(new StoreLocation(Map.of(), "Linux", dir.resolve("home")), CLOCK, d -> { });
        CommandLine commandLine = WaymarkCommand.commandLine(context);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    private int simulate(String... args) {
        List<String> all = new ArrayList<>(List.of("--store", store.toString(), "simulate"));
        all.addAll(List.of(args));
        return run(all.toArray(String[]::new));
    }

    private Path whitePaperFile() throws Exception {
        Path file = dir.resolve("white-paper.waymark.json");
        try (InputStream in = SimulateCommandTest.class.getResourceAsStream(WHITE_PAPER)) {
            Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return file;
    }

    /** The table's rows: label (trimmed), type, entered, waiting, passed, branches, six message counts. */
    private List<List<String>> rows() {
        List<List<String>> rows = new ArrayList<>();
        for (String line : out.toString().lines().skip(1).toList()) {
            Matcher m = ROW.matcher(line);
            if (m.matches()) {
                List<String> row = new ArrayList<>();
                for (int g = 1; g <= m.groupCount(); g++) {
                    row.add(m.group(g).trim().replace(",", g == 6 ? "," : ""));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    @Test
    void printsATableOfTheDemoWhitePaperJourney() throws Exception {
        assertThat(simulate("--journey-id", "1", "--seed", "7")).isZero();
        String table = out.toString();
        assertThat(table.lines().findFirst().orElseThrow()).startsWith("TILE").contains("TYPE", "ENTERED", "WAITING",
                "PASSED", "BRANCHES", "SENT", "DELIVERED", "OPENED", "CLICKED", "BOUNCED", "UNSUB");
        List<List<String>> rows = rows();
        int tiles = PipelineWalker.count(new JourneyFileReader().read(whitePaperFile()).pipeline());
        assertThat(rows).hasSize(tiles);
        assertThat(rows.get(0).subList(0, 2)).containsExactly("New York subscribers", "segmentGroup");
        for (List<String> row : rows) {
            assertThat(Long.parseLong(row.get(2))).as(row.get(0))
                    .isEqualTo(Long.parseLong(row.get(3)) + Long.parseLong(row.get(4)));
        }
        long entered = Long.parseLong(rows.get(0).get(2));
        assertThat(entered).isPositive();
        List<String> offer = rows.stream().filter(r -> r.get(0).equals("Offer the white paper")).findFirst().orElseThrow();
        assertThat(offer.get(1)).isEqualTo("email");
        assertThat(Long.parseLong(offer.get(6))).isEqualTo(entered);
        assertThat(Long.parseLong(offer.get(7)) + Long.parseLong(offer.get(10))).isEqualTo(entered);
        List<String> trigger = rows.stream().filter(r -> r.get(1).equals("trigger")).findFirst().orElseThrow();
        assertThat(trigger.get(5)).matches("true [\\d,]+, false [\\d,]+");
        assertThat(table).contains("300 contacts, " + entered + " entered");
        assertThat(err.toString()).isEmpty();

        assertThat(simulate("--journey-id", "1", "--seed", "7", "--threads", "3")).isZero();
        assertThat(out.toString()).as("same seed, any thread count").isEqualTo(table);
        assertThat(simulate("--journey", whitePaperFile().toString(), "--seed", "7")).isZero();
        assertThat(out.toString()).as("the same journey from its file").isEqualTo(table);
    }

    @Test
    void writesAJsonReport() throws Exception {
        Path report = dir.resolve("report.json");
        assertThat(simulate("--journey-id", "1", "--seed", "7", "--days", "30", "--report", report.toString())).isZero();
        JsonNode json = new ObjectMapper().readTree(report.toFile());
        assertThat(json.get("runId").isNull()).isTrue();
        assertThat(json.get("seed").asLong()).isEqualTo(7);
        assertThat(json.at("/journey/name").asText()).isEqualTo("New York white paper nurture");
        assertThat(json.at("/journey/id").asLong()).isEqualTo(1);
        assertThat(json.get("start").asText()).isEqualTo("2026-12-01T14:00:00Z");
        assertThat(json.get("period").asText()).isEqualTo("PT720H");
        assertThat(json.at("/population/source").asText()).isEqualTo("store");
        assertThat(json.at("/population/contacts").asInt()).isEqualTo(300);
        List<List<String>> rows = rows();
        JsonNode tiles = json.get("tiles");
        assertThat(tiles).hasSize(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            assertThat(tiles.get(i).get("label").asText()).startsWith(rows.get(i).get(0).replace("…", ""));
            assertThat(tiles.get(i).get("entered").asText()).isEqualTo(rows.get(i).get(2));
            assertThat(tiles.get(i).get("passed").asText()).isEqualTo(rows.get(i).get(4));
        }
        assertThat(tiles.get(2).at("/messages/sent").asLong()).isEqualTo(json.get("contactsEntered").asLong());
        long byType = 0;
        for (JsonNode subtypes : json.at("/totals/byType")) {
            for (JsonNode count : subtypes) {
                byType += count.asLong();
            }
        }
        assertThat(byType).isEqualTo(json.at("/totals/interactions").asLong()).isPositive();
        assertThat(json.at("/totals/leads").asLong()).isNotNegative();
        assertThat(json.get("milestones").findValuesAsText("kind")).containsExactly("RUN_STARTED", "ENDED");
        assertThat(json.at("/milestones/1/detail").asText()).isEqualTo("End of the simulated period");

        String first = Files.readString(report);
        assertThat(simulate("--journey-id", "1", "--seed", "7", "--days", "30", "--report", report.toString())).isZero();
        assertThat(Files.readString(report)).isEqualTo(first);
    }

    @Test
    void persistingRecordsTheRunInTheStore() throws Exception {
        Path report = dir.resolve("report.json");
        assertThat(run("--store", store.toString(), "store", "info")).isZero();
        long before = count(out.toString(), "interaction");
        assertThat(simulate("--journey-id", "1", "--seed", "7", "--persist", "--report", report.toString())).isZero();
        assertThat(out.toString()).contains("Recorded run run-20261122-100000");
        JsonNode json = new ObjectMapper().readTree(report.toFile());
        assertThat(json.get("runId").asText()).isEqualTo("run-20261122-100000");

        assertThat(run("--store", store.toString(), "store", "info")).isZero();
        String info = out.toString();
        assertThat(count(info, "interaction")).isEqualTo(before + json.at("/totals/interactions").asLong());
        assertThat(count(info, "simulation_run")).isEqualTo(1);
        assertThat(count(info, "lead")).isEqualTo(json.at("/totals/leads").asLong());
        assertThat(count(info, "simulated_activity")).isEqualTo(json.at("/totals/activities").asLong());
        assertThat(count(info, "workflow_run")).isEqualTo(json.at("/totals/workflowRuns").asLong());
        assertThat(count(info, "simulation_milestone")).isEqualTo(json.get("milestones").size());

        assertThat(simulate("--journey-id", "1", "--seed", "8", "--persist")).isZero();
        assertThat(out.toString()).contains("Recorded run run-20261122-100000-2");
    }

    private static long count(String storeInfo, String table) {
        Matcher m = Pattern.compile("(?m)^  " + table + "\\s+([\\d,]+)$").matcher(storeInfo);
        assertThat(m.find()).as(table).isTrue();
        return Long.parseLong(m.group(1).replace(",", ""));
    }

    @Test
    void madeUpContactsNeedNoStore() throws Exception {
        Path elsewhere = dir.resolve("no-store");
        assertThat(run("--store", elsewhere.toString(), "simulate", "--journey", whitePaperFile().toString(),
                "--population", "2000", "--seed", "3")).isZero();
        assertThat(out.toString()).contains("2,000 contacts");
        assertThat(rows()).isNotEmpty();
        assertThat(elsewhere).doesNotExist();
    }

    @Test
    void badInputIsExplainedWithExitOne() throws Exception {
        assertThat(simulate("--journey", dir.resolve("missing.waymark.json").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("missing.waymark.json: no such file");
        Path corrupt = dir.resolve("corrupt.waymark.json");
        Files.writeString(corrupt, "{\"formatVersion\": 1, \"settings\": ");
        assertThat(simulate("--journey", corrupt.toString())).isEqualTo(1);
        assertThat(err.toString()).contains(corrupt + ": $: not valid JSON");
        assertThat(simulate("--journey-id", "99")).isEqualTo(1);
        assertThat(err.toString()).contains("No journey with id 99");
        Path model = dir.resolve("model.json");
        Files.writeString(model, "{ not json");
        assertThat(simulate("--journey-id", "1", "--model", model.toString())).isEqualTo(1);
        assertThat(err.toString()).startsWith(model + ": $").doesNotContain("Exception");
        assertThat(simulate("--journey-id", "1", "--model", dir.resolve("nope.json").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("nope.json: $: no such file");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void misuseIsAUsageError() throws Exception {
        assertThat(simulate()).isEqualTo(2);
        assertThat(err.toString()).contains("--journey=FILE", "--journey-id=ID");
        assertThat(simulate("--journey", whitePaperFile().toString(), "--journey-id", "1")).isEqualTo(2);
        assertThat(err.toString()).contains("mutually exclusive");
        assertThat(simulate("--journey-id", "1", "--population", "100", "--persist")).isEqualTo(2);
        assertThat(err.toString()).contains("--persist records a run of the store's contacts");
        assertThat(simulate("--journey-id", "1", "--days", "0")).isEqualTo(2);
        assertThat(err.toString()).contains("--days must be at least 1");
        assertThat(simulate("--journey-id", "1", "--threads", "0")).isEqualTo(2);
        assertThat(simulate("--journey-id", "x")).isEqualTo(2);
        assertThat(run("--store", store.toString(), "store", "info")).isZero();
        assertThat(count(out.toString(), "simulation_run")).isZero();
    }
}
