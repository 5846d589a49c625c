package org.waymark.model.engagement;

/**
 * What one marketing email achieved across everyone it was sent to: how many contacts it was sent to, reached,
 * and who opened it, clicked a link in it or replied (each contact counted once), with the rates a marketer compares
 * templates by. {@code recommended} is set by {@link RecommendedRule}.
 */
public record TemplateResult(long emailId, String name, String subject, long sent, long delivered, long opened,
                             long clicked, long replied, boolean recommended) {

    /** Contacts who opened it, of those it reached (delivered, or sent when no delivery was recorded); 0 to 1. */
    public double openRate() {
        return rate(opened);
    }

    /** Contacts who replied, of those it reached; 0 to 1. */
    public double replyRate() {
        return rate(replied);
    }

    /** Contacts who clicked a link, of those it reached; 0 to 1. */
    public double clickRate() {
        return rate(clicked);
    }

    private double rate(long count) {
        long reached = delivered > 0 ? delivered : sent;
        return reached == 0 ? 0 : Math.min(1.0, (double) count / reached);
    }

    public TemplateResult withRecommended(boolean value) {
        return new TemplateResult(emailId, name, subject, sent, delivered, opened, clicked, replied, value);
    }
}
