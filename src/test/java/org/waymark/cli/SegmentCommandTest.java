package org.waymark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.model.segment.ContactField;
import org.waymark.model.segment.FieldOperator;
import org.waymark.model.segment.FieldRule;
import org.waymark.model.segment.GroupMatch;
import org.waymark.model.segment.RuleGroup;
import org.waymark.model.segment.SubscriptionRule;
import org.waymark.store.Store;
import org.waymark.store.StoreLocation;
import org.waymark.store.segment.SegmentFixture;
import org.waymark.store.segment.SegmentRepository;
import picocli.CommandLine;

class SegmentCommandTest {

    @TempDir
    Path dir;
    private Path store;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private CommandLine cli;

    @BeforeEach
    void fixture() {
        store = dir.resolve("store");
        Clock clock = Clock.fixed(SegmentFixture.AS_OF, ZoneOffset.UTC);
        try (Store opened = Store.open(store)) {
            SegmentFixture.load(opened);
            new SegmentRepository(opened, clock).createDynamic("Readers outside Paris", "Newsletter, not Paris",
                    RuleGroup.all(new SubscriptionRule("Newsletter", true), new RuleGroup(GroupMatch.NONE,
                            java.util.List.of(new FieldRule(ContactField.CITY, FieldOperator.EQUALS, "Paris")))));
        }
        cli = WaymarkCommand.commandLine(new CliContext(new StoreLocation(Map.of(), "Linux", dir), clock, p -> { }));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
    }

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        String[] all = java.util.Arrays.copyOf(args, args.length + 2);
        all[args.length] = "--store";
        all[args.length + 1] = store.toString();
        return cli.execute(all);
    }

    @Test
    void listsSegmentsWithKindAndMembers() {
        assertThat(run("segment", "list")).isZero();
        assertThat(out.toString()).containsPattern("Events\\s+Subscription list\\s+3")
                .containsPattern("Readers outside Paris\\s+Dynamic\\s+3\\s+Newsletter, not Paris")
                .containsPattern("VIP\\s+Static\\s+2");
    }

    @Test
    void countsASegmentOrAQuery() {
        assertThat(run("segment", "count", "--name", "Newsletter")).isZero();
        assertThat(out.toString().trim()).isEqualTo("5");
        assertThat(run("segment", "count", "--query",
                "{\"match\":\"any\",\"conditions\":[{\"field\":\"city\",\"operator\":\"equals\",\"value\":\"Boston\"},"
                        + "{\"behaviour\":\"emailClicked\",\"withinDays\":30}]}")).isZero();
        assertThat(out.toString().trim()).isEqualTo("3");
        assertThat(run("segment", "count", "--query", "{\"match\":\"some\",\"conditions\":[]}"))
                .isEqualTo(WaymarkCommand.INVALID_INPUT);
        assertThat(err.toString()).contains("--query: $.match: must be \"all\", \"any\" or \"none\"");
        assertThat(run("segment", "count", "--name", "Nobody")).isEqualTo(WaymarkCommand.INVALID_INPUT);
        assertThat(err.toString()).contains("--name: there is no segment \"Nobody\"");
    }

    @Test
    void showsTheQueryInWords() {
        assertThat(run("segment", "show", "--name", "Readers outside Paris")).isZero();
        assertThat(out.toString()).contains("Kind: Dynamic", "Description: Newsletter, not Paris",
                "  All of:\n    Subscribed to \"Newsletter\"\n    None of:\n      City is \"Paris\"", "Members: 3");
    }

    @Test
    void listsMembersByName() {
        assertThat(run("segment", "members", "--name", "Readers outside Paris", "--limit", "2")).isZero();
        assertThat(out.toString()).containsPattern("1\\s+Ann Lee\\s+ann@contoso.example\\s+Contoso\\s+Boston")
                .contains("Gia Rossi").doesNotContain("Bob Stone").contains("2 of 3 members shown.");
        assertThat(run("segment", "members", "--name", "VIP", "--search", "eve")).isZero();
        assertThat(out.toString()).contains("Eve Moreau", "1 of 2 members shown.");
    }
}
