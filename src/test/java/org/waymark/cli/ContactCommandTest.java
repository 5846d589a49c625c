package org.waymark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.store.Store;
import org.waymark.store.StoreLocation;
import picocli.CommandLine;

class ContactCommandTest {

    @TempDir
    Path dir;
    private Path store;
    private StringWriter out;
    private StringWriter err;

    @BeforeEach
    void fill() {
        store = dir.resolve("store");
        try (Store opened = Store.open(store)) {
            opened.dsl().execute("INSERT INTO business_unit (id, name) VALUES (1, 'Nordics')");
            opened.dsl().execute("INSERT INTO account (id, name, business_unit_id) VALUES (7, 'Harbor Foods', 1)");
            opened.dsl().execute("INSERT INTO segment (id, name, kind) VALUES (1, 'Newsletter', 'SUBSCRIPTION_LIST'),"
                    + " (2, 'Events', 'SUBSCRIPTION_LIST')");
            opened.dsl().execute("INSERT INTO contact (id, first_name, last_name, email, city, account_id, "
                    + "business_unit_id, consent_rank) VALUES (1, 'Ana', 'Silva', 'ana@harbor.example', 'Lisbon', 7, 1,"
                    + " 4), (2, 'Ben', 'Okafor', NULL, NULL, NULL, 1, 0)");
            opened.dsl().execute("INSERT INTO segment_member (segment_id, contact_id) VALUES (2, 1)");
        }
    }

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CliContext context = new CliContext(new StoreLocation(Map.of(), "Linux", dir.resolve("home")),
                Clock.fixed(Instant.parse("2026-05-04T08:00:00Z"), ZoneOffset.UTC), p -> { });
        CommandLine commandLine = WaymarkCommand.commandLine(context);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        String[] all = Arrays.copyOf(args, args.length + 2);
        all[args.length] = "--store";
        all[args.length + 1] = store.toString();
        return commandLine.execute(all);
    }

    @Test
    void showsAContactWithAccountConsentAndSubscriptions() {
        assertThat(run("contact", "show", "--id", "1")).isZero();
        assertThat(out.toString().split("\\R")).containsExactly(
                "Ana Silva (contact 1)",
                "  Email:         ana@harbor.example",
                "  Phone:         —",
                "  Job title:     —",
                "  City:          Lisbon",
                "  Country:       —",
                "  Account:       Harbor Foods (account 7)",
                "  Business unit: Nordics",
                "  Consent:       (4) Marketing",
                "  Subscriptions: Events");
        assertThat(run("contact", "show", "--id", "99")).isEqualTo(WaymarkCommand.INVALID_INPUT);
        assertThat(err.toString()).contains("--id: no contact has id 99");
    }

    @Test
    void listsContactsMatchingASearch() {
        assertThat(run("contact", "list")).isZero();
        String[] lines = out.toString().split("\\R");
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).contains("Ben Okafor");
        assertThat(lines[1]).contains("Ana Silva", "ana@harbor.example", "Harbor Foods", "(4) Marketing");
        assertThat(lines[2]).isEqualTo("2 of 2 contacts");
        assertThat(run("contact", "list", "--search", "HARBOR")).isZero();
        assertThat(out.toString()).contains("Ana Silva").doesNotContain("Ben").endsWith("1 of 1 contact matching "
                + "\"HARBOR\"" + System.lineSeparator());
    }
}
