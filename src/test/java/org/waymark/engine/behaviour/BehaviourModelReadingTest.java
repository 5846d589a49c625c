package org.waymark.engine.behaviour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BehaviourModelReadingTest {

    @TempDir
    Path folder;

    @Test
    void theDefaultModelLoadsWithItsOverrides() {
        BehaviourModel model = BehaviourModel.defaults();
        MessageBehaviour standard = model.messageBehaviour("EMAIL", "Some other email");
        MessageBehaviour offer = model.messageBehaviour("EMAIL", "White paper offer");
        assertThat(offer.click().rate()).isGreaterThan(standard.click().rate());
        assertThat(offer.open()).isEqualTo(standard.open());
        assertThat(offer.linkWeight("Download the white paper", 0)).isGreaterThan(offer.linkWeight("Read our blog", 1));
        assertThat(model.messageBehaviour("SMS", "Welcome text").tracksOpens()).isFalse();
        assertThat(model.contentBehaviour("EVENT", "Bluefield customer summit").attend().rate())
                .isGreaterThan(model.contentBehaviour("EVENT", "Other event").attend().rate());
    }

    @Test
    void aValidFileReads() throws IOException {
        Path file = write(TestModels.SIMPLE);
        assertThat(BehaviourModel.read(file).messageBehaviour("EMAIL", "Offer").click().rate()).isEqualTo(0.5);
    }

    @Test
    void aMissingFileIsNamed() {
        Path missing = folder.resolve("nowhere.json");
        assertThatThrownBy(() -> BehaviourModel.read(missing))
                .isInstanceOf(BehaviourModelException.class)
                .hasMessage(missing + ": $: no such file");
    }

    @Test
    void brokenJsonIsReportedWithItsLine() throws IOException {
        Path file = write("{\n  \"channels\": {\n    \"email\": \n}");
        assertThatThrownBy(() -> BehaviourModel.read(file))
                .isInstanceOf(BehaviourModelException.class)
                .hasMessageStartingWith(file + ": $: not valid JSON at line 4");
    }

    @Test
    void aRateOutsideZeroToOneIsRefusedWithItsPath() throws IOException {
        Path file = write(TestModels.SIMPLE.replace("\"rate\": 0.3,", "\"rate\": 1.3,"));
        assertThatThrownBy(() -> BehaviourModel.read(file))
                .isInstanceOf(BehaviourModelException.class)
                .hasMessage(file + ": $.channels.email.open.rate: must be between 0 and 1")
                .extracting(e -> ((BehaviourModelException) e).path()).isEqualTo("$.channels.email.open.rate");
    }

    @Test
    void anUnknownDistributionIsRefused() {
        String json = TestModels.SIMPLE.replace("\"distribution\": \"uniform\"", "\"distribution\": \"gamma\"");
        assertThatThrownBy(() -> BehaviourModel.parse(json, "m.json"))
                .hasMessage("m.json: $.channels.email.attachment.delay.distribution: \"gamma\" is not a known "
                        + "distribution (known: fixed, exponential, lognormal, uniform)");
    }

    @Test
    void negativeDelaysAreRefused() {
        assertThatThrownBy(() -> BehaviourModel.parse(TestModels.SIMPLE.replace("\"hours\": 48", "\"hours\": -1"), "m.json"))
                .hasMessage("m.json: $.content.event.attend.delay.hours: must not be negative");
        assertThatThrownBy(() -> BehaviourModel.parse(
                TestModels.SIMPLE.replace("\"medianHours\": 3,", "\"medianHours\": -3,"), "m.json"))
                .hasMessage("m.json: $.channels.email.open.delay.medianHours: must be greater than 0");
    }

    @Test
    void problemsInAssetOverridesAndModifiersNameTheirPlace() {
        assertThatThrownBy(() -> BehaviourModel.parse(TestModels.SIMPLE.replace(
                "\"Offer\": { \"click\": { \"rate\": 0.5", "\"White paper offer\": { \"click\": { \"rate\": -0.5"), "m.json"))
                .hasMessage("m.json: $.assets[\"White paper offer\"].click.rate: must be between 0 and 1");
        assertThatThrownBy(() -> BehaviourModel.parse(TestModels.SIMPLE.replace(
                "\"multiply\": { \"open\": 1.5 }", "\"multiply\": { \"opens\": 1.5 }"), "m.json"))
                .hasMessageStartingWith("m.json: $.modifiers[0].multiply.opens: is not a known field here");
        assertThatThrownBy(() -> BehaviourModel.parse(TestModels.SIMPLE.replace(
                "\"Quiet\": { \"open\": { \"rate\": 0.1 } }", "\"Quiet\": { \"click\": { \"rat\": 0.1 } }"), "m.json"))
                .hasMessageStartingWith("m.json: $.assets.Quiet.click.rat: is not a known field here");
        assertThatThrownBy(() -> BehaviourModel.parse(TestModels.SIMPLE.replace("\"attend\":", "\"attends\":"), "m.json"))
                .hasMessageStartingWith("m.json: $.content.event.attends: is not a known field here");
        assertThatThrownBy(() -> BehaviourModel.parse(TestModels.SIMPLE.replace("\"reply\":", "\"replies\":"), "m.json"))
                .hasMessageStartingWith("m.json: $.channels.email.replies: is not a known field here");
    }

    @Test
    void bounceRatesMayNotAddUpToMoreThanOne() {
        assertThatThrownBy(() -> BehaviourModel.parse(TestModels.SIMPLE.replace(
                "\"softBounceRate\": 0.03", "\"softBounceRate\": 0.99"), "m.json"))
                .hasMessage("m.json: $.channels.email.delivery: hardBounceRate + softBounceRate must not be above 1");
    }

    @Test
    void aMissingChannelAndAStepWithoutDelayAreRefused() {
        assertThatThrownBy(() -> BehaviourModel.parse("{\"channels\": {}, \"content\": {}}", "m.json"))
                .hasMessage("m.json: $.channels.email: is required");
        assertThatThrownBy(() -> BehaviourModel.parse(TestModels.SIMPLE.replace(
                "\"reply\": { \"rate\": 0.05, \"delay\": { \"distribution\": \"lognormal\", \"medianHours\": 5, \"sigma\": 1 } }",
                "\"reply\": { \"rate\": 0.05 }"), "m.json"))
                .hasMessage("m.json: $.channels.email.reply.delay: is required when the rate is above 0");
    }

    private Path write(String json) throws IOException {
        Path file = folder.resolve("model.json");
        Files.writeString(file, json);
        return file;
    }

    @Test
    void anOverrideWithoutADelayLeavesAStepItsChannelLacksAbsent() {
        BehaviourModel model = BehaviourModel.parse(TestModels.SIMPLE.replace(
                "\"Quiet\": { \"open\": { \"rate\": 0.1 } }",
                "\"Quiet\": { \"open\": { \"rate\": 0.1 }, \"reply\": { \"rate\": 0.2 } }"), "m.json");
        assertThat(model.messageBehaviour("EMAIL", "Quiet").reply().rate()).isEqualTo(0.2);
        assertThat(model.messageBehaviour("SMS", "Quiet").tracksOpens()).isFalse();
        assertThat(model.messageBehaviour("SMS", "Quiet").reply().possible()).isFalse();
        BehaviourModel withPushOpens = BehaviourModel.parse(TestModels.SIMPLE.replace(
                "\"Quiet\": { \"open\": { \"rate\": 0.1 } }",
                "\"Quiet\": { \"open\": { \"rate\": 0.1, \"delay\": { \"distribution\": \"fixed\", \"hours\": 1 },"
                        + " \"devices\": { \"mobile\": 1 } } }"), "m.json");
        assertThat(withPushOpens.messageBehaviour("PUSH", "Quiet").tracksOpens()).isTrue();
        assertThat(withPushOpens.messageBehaviour("PUSH", "Quiet").devices().share("mobile")).isEqualTo(1);
    }
}
