package org.waymark.cli;

import java.io.PrintWriter;
import java.util.List;
import org.waymark.model.content.AssetStatus;
import org.waymark.model.content.AssetSummary;
import org.waymark.store.Store;
import org.waymark.store.content.ContentRepository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code waymark content ...}: the marketing assets. */
@Command(name = "content", mixinStandardHelpOptions = true, description = "Marketing content.",
        subcommands = ContentCommand.ListContent.class)
final class ContentCommand {

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Every email, text message, push notification, form, page and event, with its status.")
    static final class ListContent extends JourneyCommand.Base {

        @Option(names = "--drafts", description = "Only the drafts (what keeps journeys from going live).")
        private boolean drafts;

        ListContent(CliContext context) {
            super(context);
        }

        @Override
        public Integer call() {
            try (Store store = Store.open(storeDirectory())) {
                List<AssetSummary> assets = new ContentRepository(store).list().stream()
                        .filter(a -> !drafts || a.status() == AssetStatus.DRAFT).toList();
                PrintWriter out = out();
                out.printf("%-20s %-10s %s%n", "KIND", "STATUS", "NAME");
                for (AssetSummary a : assets) {
                    out.printf("%-20s %-10s %s%n", a.kind().label(), a.status().label(), a.name());
                }
                out.printf("%d %s%n", assets.size(), assets.size() == 1 ? "asset" : "assets");
                return 0;
            }
        }
    }
}
