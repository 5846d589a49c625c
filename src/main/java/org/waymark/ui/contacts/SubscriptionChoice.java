package org.waymark.ui.contacts;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.waymark.model.audience.Named;

/** A subscription list in the contact form, ticked when the contact is (to be) on it. */
public final class SubscriptionChoice {

    private final Named list;
    private final BooleanProperty subscribed;

    SubscriptionChoice(Named list, boolean subscribed) {
        this.list = list;
        this.subscribed = new SimpleBooleanProperty(subscribed);
    }

    public Named list() {
        return list;
    }

    public BooleanProperty subscribedProperty() {
        return subscribed;
    }
}
