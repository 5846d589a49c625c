package org.waymark.model.engagement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Decides which email templates are marked Recommended (decision 0009): a template needs enough sends to be judged
 * ({@link #MIN_SENT}), and then a reply rate in the top quartile of the judged templates — at or above the reply rate
 * of the template a quarter of the way down when they are ranked by it (ties are all in), and above zero. With fewer
 * than {@link #MIN_JUDGED} judged templates no quartile means anything and none is recommended.
 */
public final class RecommendedRule {

    public static final long MIN_SENT = 100;
    public static final int MIN_JUDGED = 4;

    /** The same results, each marked recommended or not, in the order given. */
    public List<TemplateResult> mark(List<TemplateResult> results) {
        List<TemplateResult> judged = results.stream().filter(r -> r.sent() >= MIN_SENT)
                .sorted(Comparator.comparingDouble(TemplateResult::replyRate).reversed()).toList();
        double bar = Double.POSITIVE_INFINITY;
        if (judged.size() >= MIN_JUDGED) {
            int quartile = (int) Math.ceil(judged.size() / 4.0) - 1;
            bar = Math.max(judged.get(quartile).replyRate(), Double.MIN_VALUE);
        }
        List<TemplateResult> marked = new ArrayList<>(results.size());
        for (TemplateResult r : results) {
            marked.add(r.withRecommended(r.sent() >= MIN_SENT && r.replyRate() >= bar));
        }
        return marked;
    }
}
