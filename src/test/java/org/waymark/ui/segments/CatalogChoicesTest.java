package org.waymark.ui.segments;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.waymark.model.content.AssetCatalog;
import org.waymark.model.content.AssetKind;

class CatalogChoicesTest {

    private final List<AssetKind> asked = new ArrayList<>();
    private final AssetCatalog catalog = new AssetCatalog() {
        @Override
        public List<String> names(AssetKind kind) {
            asked.add(kind);
            return List.of(kind.label() + " 1");
        }

        @Override
        public List<String> emailLinks(String emailName) {
            return List.of();
        }

        @Override
        public void createEmail(String name, String subject) {
        }
    };

    @Test
    void thePickersReadTheCopyMadeByTheLastReloadNeverTheCatalog() {
        ConditionChoices choices = ConditionChoices.of(catalog);
        assertThat(choices.subscriptionLists()).isEmpty();
        assertThat(asked).isEmpty();

        choices.reload();
        int reads = asked.size();
        assertThat(choices.subscriptionLists()).containsExactly("subscription list 1");
        assertThat(choices.assets(AssetKind.EMAIL)).containsExactly("marketing email 1");
        assertThat(choices.assets(AssetKind.EVENT)).containsExactly("event 1");
        assertThat(asked).hasSize(reads).doesNotHaveDuplicates();
    }
}
