package org.waymark.engine.behaviour;

/** The share of opens on each kind of device; weights are normalised when the model is read. */
final class DeviceMix {

    static final String DESKTOP = "desktop";
    static final String MOBILE = "mobile";
    static final String TABLET = "tablet";

    private final double desktopShare;
    private final double mobileShare;
    private final double tabletShare;

    DeviceMix(double desktop, double mobile, double tablet) {
        double total = desktop + mobile + tablet;
        if (!(total > 0)) {
            throw new IllegalArgumentException("device weights must add up to more than 0");
        }
        this.desktopShare = desktop / total;
        this.mobileShare = mobile / total;
        this.tabletShare = tablet / total;
    }

    /** The device of an open for the uniform draw {@code u}; one of the three constant names. */
    String pick(double u) {
        if (u < desktopShare) {
            return DESKTOP;
        }
        if (u < desktopShare + mobileShare || tabletShare == 0) {
            return MOBILE;
        }
        return TABLET;
    }

    double share(String device) {
        return switch (device) {
            case DESKTOP -> desktopShare;
            case MOBILE -> mobileShare;
            case TABLET -> tabletShare;
            default -> 0;
        };
    }
}
