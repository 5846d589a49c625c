package org.waymark.model.engagement;

/**
 * What one marketing email achieved across its messages: how many were sent, reached their recipient, and were
 * opened, clicked through or replied to (each message counted once), with the rates a marketer compares templates by.
 * {@code recommended} is set by {@link RecommendedRule}.
 */
public record TemplateResult(long emailId, String name, String subject, long sent, long delivered, long opened,
                             long clicked, long replied, boolean recommended) {

    /** Messages opened, of those delivered (or of those sent when no delivery was recorded); 0 to 1. */
    public double openRate() {
        return rate(opened);
    }

    /** Messages replied to, of those delivered (or sent); 0 to 1. */
    public double replyRate() {
        return rate(replied);
    }

    /** Messages with a link clicked, of those delivered (or sent); 0 to 1. */
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
