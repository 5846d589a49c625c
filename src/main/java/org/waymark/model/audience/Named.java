package org.waymark.model.audience;

/** A record picked by name in a form: a business unit, an account, a subscription list. */
public record Named(long id, String name) {

    @Override
    public String toString() {
        return name;
    }
}
