package org.waymark.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.waymark.model.file.JourneyFileException;
import org.waymark.model.file.JourneyFileReader;
import org.waymark.model.file.JourneyFileWriter;

/** Broken or invalid journey files are refused with the JSON path of the problem. */
class InvalidJourneyFileTest {

    private final JourneyFileReader reader = new JourneyFileReader();
    private final String valid = new JourneyFileWriter().toJson(EveryTileJourney.journey());

    private JourneyFileException refusal(String json) {
        JourneyFileException e = catchThrowableOfType(JourneyFileException.class, () -> reader.readString(json));
        assertThat(e).as("refused: " + json.substring(0, Math.min(60, json.length()))).isNotNull();
        return e;
    }

    @Test
    void aNegativeTimeoutInANestedTriggerNamesItsPath() {
        String json = """
                {"formatVersion":1,
                 "settings":{"name":"x","start":"2026-01-01T00:00","end":"2026-02-01T00:00","timeZone":"UTC"},
                 "pipeline":[
                   {"type":"segmentGroup","id":"g","segments":[]},
                   {"type":"email","id":"e"},
                   {"type":"trigger","id":"t","rules":[],"timeout":"P1D","branches":{"true":[
                      {"type":"trigger","id":"t2","rules":[],"timeout":"-P2D"}],"false":[]}}]}
                """;
        assertThat(refusal(json).getMessage())
                .isEqualTo("$.pipeline[2].branches.true[0].timeout: must be a positive duration");
    }

    static Stream<Arguments> brokenFiles() {
        return Stream.of(
                Arguments.of("{\"formatVersion\": 1,", "$", "not valid JSON at line 1"),
                Arguments.of("", "$", "empty"),
                Arguments.of("[]", "$", "must be an object"),
                Arguments.of("{}", "$.formatVersion", "is required"),
                Arguments.of("{\"formatVersion\":\"one\"}", "$.formatVersion", "whole number"),
                Arguments.of("{\"formatVersion\":99,\"pipeline\":[]}", "$.formatVersion", "not supported"));
    }

    @ParameterizedTest
    @MethodSource("brokenFiles")
    void brokenDocumentsAreRefusedAtTheTop(String json, String path, String words) {
        JourneyFileException e = refusal(json);
        assertThat(e.path()).isEqualTo(path);
        assertThat(e.problem()).contains(words);
    }

    static Stream<Arguments> badValues() {
        return Stream.of(
                Arguments.of("\"type\" : \"email\"", "\"type\" : \"fax\"", "$.pipeline[1].type", "\"fax\" is not a tile type"),
                Arguments.of("\"type\" : \"segment\"", "\"type\" : \"email\"", "$.pipeline[0].segments[0].type",
                        "only segment tiles"),
                Arguments.of("\"type\" : \"event\"", "\"type\" : \"sms\"", "$.pipeline[1].content[2].type",
                        "only page, form and event"),
                Arguments.of("\"timeout\" : \"P7D\"", "\"timeout\" : \"seven days\"", "$.pipeline[2].timeout",
                        "must be a date and time"),
                Arguments.of("\"kind\" : \"phoneCall\"", "\"kind\" : \"fax\"",
                        "$.pipeline[2].branches.false[1].branches[0].tiles[0].kind", "is not one of: task, phoneCall"),
                Arguments.of("\"percent\" : 30,\n          \"tiles\" : [ {\n            \"type\" : \"activity\"",
                        "\"percent\" : 130,\n          \"tiles\" : [ {\n            \"type\" : \"activity\"",
                        "$.pipeline[2].branches.false[1].branches[0].percent", "between 0 and 100"),
                Arguments.of("\"id\" : \"g\"", "\"id\" : \"\"", "$.pipeline[0].id", "must not be empty"),
                Arguments.of("\"end\" : \"2026-06-30T18:00\"", "\"end\" : \"2025-06-30T18:00\"", "$.settings.end",
                        "later than start"),
                Arguments.of("\"timeZone\" : \"Europe/Paris\"", "\"timeZone\" : \"Mars/Olympus\"", "$.settings.timeZone",
                        "not a time zone"),
                Arguments.of("\"intervalDays\" : 30", "\"intervalDays\" : 0", "$.settings.recurrence.intervalDays",
                        "positive"),
                Arguments.of("\"from\" : \"09:00\"", "\"from\" : \"18:00\"", "$.pipeline[2].branches.true[1].releaseWindow.to",
                        "later than \"from\""),
                Arguments.of("\"link\" : \"Download\"", "\"link\" : \"\"", "$.pipeline[2].rules[0].link",
                        "required when the condition is clickedLink"),
                Arguments.of("\"name\" : \"Every tile\"", "\"name\" : 7", "$.settings.name", "must be a string"));
    }

    @ParameterizedTest
    @MethodSource("badValues")
    void badValuesAreRefusedWithTheirPath(String original, String broken, String path, String words) {
        assertThat(valid).contains(original);
        JourneyFileException e = refusal(valid.replaceFirst(java.util.regex.Pattern.quote(original),
                java.util.regex.Matcher.quoteReplacement(broken)));
        assertThat(e.path()).isEqualTo(path);
        assertThat(e.problem()).contains(words);
    }
}
