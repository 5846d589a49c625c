package org.waymark.ui.contacts;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import org.waymark.ui.background.AnswerLine;
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

/**
 * Records (contacts, accounts) matching the search text, a page at a time. Queries run on {@code background}; their
 * results are applied on {@code ui} (the FX thread in the app, the calling thread in tests). A result that arrives
 * after a newer search started is dropped.
 */
public class PagedSearchViewModel<T> {

    /** Where the rows come from: a page of matches for a search text, and how many match in all. */
    public interface Pages<T> {
        List<T> search(String text, int offset, int limit);

        int count(String text);
    }

    public static final int PAGE_SIZE = 200;

    private final Pages<T> pages;
    private final String one;
    private final String many;
    /** The searches: a newer one makes the answers to older ones stale. */
    private final AnswerLine answers;
    private boolean started;
    private final NumberFormat numbers = NumberFormat.getIntegerInstance(Locale.ENGLISH);
    private final StringProperty search = new SimpleStringProperty("");
    private final ObservableList<T> rows = FXCollections.observableArrayList();
    private final ObservableList<T> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final IntegerProperty total = new SimpleIntegerProperty(-1);
    private final BooleanProperty loading = new SimpleBooleanProperty(false);
    private final StringProperty problem = new SimpleStringProperty("");
    /** The search text the rows answer, which may lag behind what the user is typing. */
    private final StringProperty answered = new SimpleStringProperty("");
    private final StringBinding countText;
    private final BooleanBinding canShowMore;

    /** {@code one} and {@code many} name the records in the count line ("contact", "contacts"). */
    protected PagedSearchViewModel(Pages<T> pages, String one, String many, Executor background, Executor ui) {
        this.pages = pages;
        this.one = one;
        this.many = many;
        this.answers = new AnswerLine(background, ui);
        this.countText = Bindings.createStringBinding(this::describeCount, rows, total, loading, problem,
                answered);
        this.canShowMore = Bindings.createBooleanBinding(() -> !loading.get() && rows.size() < total.get(),
                rows, total, loading);
    }

    /** Starts over with the first page of records matching the search text. */
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
        started = true;
        String text = search.get();
        loading.set(true);
        problem.set("");
        answers.ask(() -> {
            List<T> page = pages.search(text, 0, limit);
            return new FirstPage<>(page, page.size() < limit ? page.size() : pages.count(text));
        }, first -> {
            rows.setAll(first.rows());
            answered.set(text);
            total.set(first.count());
            loading.set(false);
        }, this::fail);
    }

    private record FirstPage<T>(List<T> rows, int count) {
    }

    /** Runs the first search unless one has already started; for when the browser is first shown. */
    public void loadOnce() {
        if (!started) {
            search();
        }
    }

    /** Adds the next page of the current search. */
    public void showMore() {
        if (!canShowMore.get()) {
            return;
        }
        String text = answered.get();
        int offset = rows.size();
        loading.set(true);
        answers.askMore(() -> pages.search(text, offset, PAGE_SIZE), page -> {
            if (rows.size() == offset) {
                rows.addAll(page);
            }
            loading.set(false);
        }, this::fail);
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObservableList<T> rows() {
        return readOnlyRows;
    }

    /** How many records match, or -1 before the first search has answered. */
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

    private void fail(Exception e) {
        loading.set(false);
        problem.set("Cannot search the " + many + ": " + e.getMessage());
    }

    private String describeCount() {
        if (!problem.get().isEmpty()) {
            return problem.get();
        }
        if (total.get() < 0) {
            return loading.get() ? "Searching…" : "";
        }
        if (total.get() == 0) {
            return answered.get().isBlank() ? "The store holds no " + many
                    : "No " + one + " matches “" + answered.get().trim() + "”";
        }
        String text = "Showing " + numbers.format(rows.size()) + " of " + numbers.format(total.get())
                + " " + (total.get() == 1 ? one : many);
        return loading.get() ? text + " · loading…" : text;
    }
}
