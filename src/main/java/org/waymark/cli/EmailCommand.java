package org.waymark.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.PrintWriter;
import java.util.List;
import org.waymark.model.engagement.RecommendedRule;
import org.waymark.model.engagement.TemplateResult;
import org.waymark.store.Store;
import org.waymark.store.engagement.TemplateResults;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code waymark email ...}: what the marketing emails achieved. */
@Command(name = "email", mixinStandardHelpOptions = true, description = "Email engagement.",
        subcommands = {EmailCommand.Results.class, EmailMessageCommands.Messages.class,
                EmailMessageCommands.Message.class})
final class EmailCommand {

    @Command(name = "results", mixinStandardHelpOptions = true,
            description = "Per email template: messages sent, delivered, opened, clicked, replied, rates and the "
                    + "Recommended mark.")
    static final class Results extends JourneyCommand.Base {

        @Option(names = "--json", description = "Print JSON instead of a table.")
        private boolean json;

        Results(CliContext context) {
            super(context);
        }

        @Override
        public Integer call() throws Exception {
            try (Store store = Store.open(storeDirectory())) {
                List<TemplateResult> results = new TemplateResults(store).all();
                PrintWriter out = out();
                if (json) {
                    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
                    ArrayNode list = mapper.createArrayNode();
                    results.forEach(r -> list.addObject().put("emailId", r.emailId()).put("name", r.name())
                            .put("subject", r.subject()).put("sent", r.sent()).put("delivered", r.delivered())
                            .put("opened", r.opened()).put("clicked", r.clicked()).put("replied", r.replied())
                            .put("openRate", r.openRate()).put("replyRate", r.replyRate())
                            .put("recommended", r.recommended()));
                    out.println(mapper.writeValueAsString(list));
                } else {
                    table(out, results);
                }
                return 0;
            }
        }

        private static void table(PrintWriter out, List<TemplateResult> results) {
            out.printf("%-34s %8s %9s %7s %6s %7s %7s %6s  %s%n", "EMAIL", "SENT", "DELIVERED", "OPENED", "OPEN%",
                    "CLICKED", "REPLIED", "REPLY%", "RECOMMENDED");
            for (TemplateResult r : results) {
                out.printf("%-34s %,8d %,9d %,7d %5.1f%% %,7d %,7d %5.1f%%  %s%n", r.name(), r.sent(), r.delivered(),
                        r.opened(), 100 * r.openRate(), r.clicked(), r.replied(), 100 * r.replyRate(),
                        r.recommended() ? "yes" : "");
            }
            out.printf("Recommended: at least %d messages sent, and a reply rate in the top quarter of such emails "
                    + "(decision 0009).%n", RecommendedRule.MIN_SENT);
        }
    }
}
