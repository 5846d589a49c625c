package org.waymark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.store.Store;
import org.waymark.store.StoreLocation;
import org.waymark.store.demo.DemoWorkspace;
import picocli.CommandLine;

class SourceAndActivityCommandTest {

    private static final Path SAMPLES = Path.of("assets/data");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    private StringWriter out;
    private StringWriter err;

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CliContext context = new CliContext(new StoreLocation(Map.of(), "Linux", dir.resolve("home")), CLOCK, p -> { });
        CommandLine commandLine = WaymarkCommand.commandLine(context);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        String[] all = java.util.Arrays.copyOf(args, args.length + 2);
        all[args.length] = "--store";
        all[args.length + 1] = dir.resolve("store").toString();
        return commandLine.execute(all);
    }

    /** Issue 20, finding 7: the hint names an option that exists, and the option reads the file right. */
    @Test
    void aFileInAnotherEncodingImportsWithTheOptionTheHintNames() throws Exception {
        Path csv = java.nio.file.Files.write(dir.resolve("cafes.csv"),
                "name,city\nCaf\u00e9 Noir,Li\u00e8ge\n".getBytes(java.nio.charset.Charset.forName("windows-1252")));
        assertThat(run("source", "import", "--name", "cafes", "--file", csv.toString(), "--encoding", "UTF-8"))
                .isNotZero();
        assertThat(err.toString()).contains("is not valid UTF-8").contains("--encoding");
        assertThat(run("source", "import", "--name", "cafes", "--file", csv.toString(), "--encoding", "klingon"))
                .isNotZero();
        assertThat(err.toString()).contains("unknown encoding \"klingon\"");
        assertThat(run("source", "import", "--name", "cafes", "--file", csv.toString(), "--encoding",
                "windows-1252")).as(err.toString()).isZero();
        try (Store store = Store.open(dir.resolve("store"))) {
            assertThat(store.dsl().fetchValue("SELECT \"name\" FROM \"src_cafes\"")).isEqualTo("Caf\u00e9 Noir");
        }
    }

    @Test
    void theSamplesImportDefineAndRunOnTheDemoWorkspace() {
        try (Store store = Store.open(dir.resolve("store"))) {
            new DemoWorkspace(DemoWorkspace.DEFAULT_SEED, CLOCK).generate(store);
        }
        for (String name : new String[] {"orders", "order-lines", "support-calls", "reviews", "loyalty"}) {
            assertThat(run("source", "import", "--name", name.replace('-', '_'), "--file",
                    SAMPLES.resolve(name + ".csv").toString())).as(err.toString()).isZero();
        }
        assertThat(out.toString()).contains("into data source loyalty (comma, header, UTF-8)");
        assertThat(run("source", "list")).isZero();
        assertThat(out.toString()).contains("support_calls").contains("ordered_at timestamp");
        assertThat(run("activity", "define", "--file", SAMPLES.resolve("sample-activities.json").toString()))
                .as(err.toString()).isZero();
        assertThat(run("activity", "list")).isZero();
        assertThat(out.toString()).containsPattern("Order lines\\s+SalesOrderLine\\s+order_lines\\s+hidden");
        assertThat(run("activity", "run")).as(err.toString()).isZero();
        String first = out.toString();
        assertThat(first).containsPattern("Orders\\s+300\\s+2\\s+0\\s+0").containsPattern("Order lines\\s+hidden")
                .containsPattern("Support calls\\s+250\\s");
        assertThat(run("activity", "run")).isZero();
        assertThat(out.toString()).isEqualTo(first);
        assertThat(run("store", "info")).isZero();
        assertThat(out.toString()).containsPattern("data_source\\s+5").containsPattern("activity_definition\\s+5");
        assertThat(run("source", "delete", "orders")).isEqualTo(1);
        assertThat(err.toString()).contains("used by the activity Orders");
        assertThat(run("source", "delete", "nothing")).isEqualTo(1);
        assertThat(err.toString()).contains("no data source named nothing");

        Path people = dir.resolve("people.csv");
        try {
            java.nio.file.Files.writeString(people, "email,first_name,last_name\nnew@person.example,New,Person\n");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(run("contact", "import", "--file", people.toString())).as(err.toString()).isZero();
        assertThat(out.toString().strip()).isEqualTo("people.csv: 1 contacts added, 0 updated, 0 skipped");
        assertThat(run("contact", "import", "--file", people.toString(), "--duplicates", "sometimes")).isEqualTo(1);
    }

    @Test
    void aBadFileExitsWithOneNamingRowAndColumnAndWritesNothing() throws Exception {
        Path bad = Files.writeString(dir.resolve("calls.csv"), "id,at\n1,2026-01-01\n2,\"2026-01-02\n");
        assertThat(run("source", "import", "--name", "calls", "--file", bad.toString())).isEqualTo(1);
        assertThat(err.toString().strip()).isEqualTo("calls.csv: row 3, column at: a quote opens here and is never closed");
        assertThat(run("source", "import", "--name", "Bad Name", "--file", bad.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("for example bad_name");
        assertThat(run("source", "list")).isZero();
        assertThat(out.toString().lines()).hasSize(1);
        Path mapping = Files.writeString(dir.resolve("m.json"), "{\"formatVersion\": 1, \"activities\": [{}]}");
        assertThat(run("activity", "define", "--file", mapping.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("m.json: $.activities[0].name: is required");
    }
}
