package org.waymark.model.journey;

/** Which contacts a journey may process: all of them, or only those of its owner's business unit. */
public enum BusinessUnitScope {
    ORGANIZATION,
    BUSINESS_UNIT
}
