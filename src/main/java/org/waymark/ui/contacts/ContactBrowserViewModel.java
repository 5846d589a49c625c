package org.waymark.ui.contacts;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.waymark.model.audience.ContactSummary;
import org.waymark.store.ContactRepository;

/**
 * Contacts matching the search text, a page at a time. Queries run on {@code background}; their results are
 * applied on {@code ui} (the FX thread in the app, the calling thread in tests). A result that arrives after
 * a newer search started is dropped.
 */
public final class ContactBrowserViewModel {

    public static final int PAGE_SIZE = 200;

    private final ContactRepository contacts;
    private final Executor background;
    private final Executor ui;
    private final NumberFormat numbers = NumberFormat.getIntegerInstance(Locale.ENGLISH);
    private final StringProperty search = new SimpleStringProperty("");
    private final ObservableList<ContactSummary> rows = FXCollections.observableArrayList();
    private final ObservableList<ContactSummary> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final IntegerProperty total = new SimpleIntegerProperty(-1);
    private final BooleanProperty loading = new SimpleBooleanProperty(false);
    private final StringProperty problem = new SimpleStringProperty("");
    /** The search text the rows answer, which may lag behind what the user is typing. */
    private final StringProperty answered = new SimpleStringProperty("");
    private final StringBinding countText;
    private final BooleanBinding canShowMore;
    /** Counts searches; results of an older one are stale. Touched on the ui thread only. */
    private long generation;

    public ContactBrowserViewModel(ContactRepository contacts, Executor background, Executor ui) {
        this.contacts = contacts;
        this.background = background;
        this.ui = ui;
        this.countText = Bindings.createStringBinding(this::describeCount, rows, total, loading, problem,
                answered);
        this.canShowMore = Bindings.createBooleanBinding(() -> !loading.get() && rows.size() < total.get(),
                rows, total, loading);
    }

    /** Starts over with the first page of contacts matching the search text. */
    public void search() {
        load(PAGE_SIZE);
    }

    /**
     * Reads the rows shown again (after an edit), as many as are shown now, for the search they answer; a search
     * typed meanwhile runs instead.
     */
    public void refresh() {
        load(Math.max(PAGE_SIZE, rows.size()));
    }

    private void load(int limit) {
        long mine = ++generation;
        String text = search.get();
        loading.set(true);
        problem.set("");
        inBackground(() -> {
            try {
                List<ContactSummary> page = contacts.search(text, 0, limit);
                int count = page.size() < limit ? page.size() : contacts.count(text);
                ui.execute(() -> {
                    if (mine == generation) {
                        rows.setAll(page);
                        answered.set(text);
                        total.set(count);
                        loading.set(false);
                    }
                });
            } catch (RuntimeException e) {
                fail(mine, e);
            }
        });
    }

    /** Runs the first search unless one has already started; for when the browser is first shown. */
    public void loadOnce() {
        if (generation == 0) {
            search();
        }
    }

    /** Adds the next page of the current search. */
    public void showMore() {
        if (!canShowMore.get()) {
            return;
        }
        long mine = generation;
        String text = search.get();
        int offset = rows.size();
        loading.set(true);
        inBackground(() -> {
            try {
                List<ContactSummary> page = contacts.search(text, offset, PAGE_SIZE);
                ui.execute(() -> {
                    if (mine == generation && rows.size() == offset) {
                        rows.addAll(page);
                        loading.set(false);
                    }
                });
            } catch (RuntimeException e) {
                fail(mine, e);
            }
        });
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObservableList<ContactSummary> rows() {
        return readOnlyRows;
    }

    /** How many contacts match, or -1 before the first search has answered. */
    public ReadOnlyIntegerProperty totalProperty() {
        return total;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem;
    }

    /** "Showing 200 of 2,034 contacts", "No contact matches “x”", "Searching…". */
    public StringBinding countTextBinding() {
        return countText;
    }

    public BooleanBinding canShowMoreBinding() {
        return canShowMore;
    }

    private void fail(long mine, RuntimeException e) {
        ui.execute(() -> {
            if (mine == generation) {
                loading.set(false);
                problem.set("Cannot search the contacts: " + e.getMessage());
            }
        });
    }

    private String describeCount() {
        if (!problem.get().isEmpty()) {
            return problem.get();
        }
        if (total.get() < 0) {
            return loading.get() ? "Searching…" : "";
        }
        if (total.get() == 0) {
            return answered.get().isBlank() ? "The store holds no contacts"
                    : "No contact matches “" + answered.get().trim() + "”";
        }
        String text = "Showing " + numbers.format(rows.size()) + " of " + numbers.format(total.get())
                + (total.get() == 1 ? " contact" : " contacts");
        return loading.get() ? text + " · loading…" : text;
    }

    /** Queues store work; once the window is closing its executor refuses new work, which is then dropped. */
    private void inBackground(Runnable work) {
        try {
            background.execute(work);
        } catch (java.util.concurrent.RejectedExecutionException closing) {
            // the window is closing: nobody is waiting for this answer
        }
    }
}
