package org.waymark.model.engagement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RecommendedRuleTest {

    private static TemplateResult email(String name, long sent, long replied) {
        return new TemplateResult(name.hashCode(), name, name, sent, sent, 0, 0, replied, false);
    }

    private static List<String> recommended(List<TemplateResult> results) {
        return new RecommendedRule().mark(results).stream().filter(TemplateResult::recommended)
                .map(TemplateResult::name).toList();
    }

    @Test
    void theTopQuarterByReplyRateOfEmailsWithEnoughSendsIsRecommended() {
        List<TemplateResult> results = List.of(email("a", 200, 20), email("b", 200, 10), email("c", 100, 4),
                email("d", 400, 4), email("e", 100, 1), email("f", 100, 0), email("g", 100, 0), email("h", 100, 0));
        // 8 judged: the quartile is the 2nd best (b, 5 %); a (10 %) and b are in
        assertThat(recommended(results)).containsExactly("a", "b");
    }

    @Test
    void tiesAtTheQuartileAreAllInAndFewSendsAreNeverJudged() {
        List<TemplateResult> results = List.of(email("a", 100, 10), email("b", 200, 20), email("c", 100, 1),
                email("d", 100, 0), email("tiny", 99, 99));
        assertThat(recommended(results)).containsExactly("a", "b");
    }

    @Test
    void fewerThanFourJudgedOrNoRepliesRecommendNothing() {
        assertThat(recommended(List.of(email("a", 500, 100), email("b", 500, 50), email("c", 500, 1)))).isEmpty();
        assertThat(recommended(List.of(email("a", 500, 0), email("b", 500, 0), email("c", 500, 0),
                email("d", 500, 0)))).isEmpty();
    }

    @Test
    void ratesAreOfWhoWasReached() {
        TemplateResult r = new TemplateResult(1, "x", "x", 200, 160, 80, 40, 8, false);
        assertThat(r.openRate()).isEqualTo(0.5);
        assertThat(r.clickRate()).isEqualTo(0.25);
        assertThat(r.replyRate()).isEqualTo(0.05);
        assertThat(new TemplateResult(1, "x", "x", 0, 0, 0, 0, 0, false).openRate()).isZero();
        assertThat(new TemplateResult(1, "x", "x", 10, 0, 5, 0, 0, false).openRate()).isEqualTo(0.5);
    }
}
