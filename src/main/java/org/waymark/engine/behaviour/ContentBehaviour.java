package org.waymark.engine.behaviour;

/**
 * What contacts do with a page, form or event after clicking through to it: visit it; then, given a visit,
 * submit its form and register; given a registration, attend.
 */
record ContentBehaviour(Step visit, Step submit, Step register, Step attend) {
}
