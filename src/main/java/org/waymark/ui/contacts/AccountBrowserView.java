package org.waymark.ui.contacts;

import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.waymark.ui.window.ButtonRow;
import org.waymark.model.audience.AccountSummary;
import org.waymark.ui.appearance.StyleClass;
import org.waymark.ui.tables.TableColumns;

/**
 * Searches and lists the store's accounts: a search field, a table, Open… (Enter, a double click), New account… and
 * "Show more". Selecting an account shows its timeline beside the list.
 */
public final class AccountBrowserView extends VBox {

    private final AccountBrowserViewModel model;
    private final TextField search = new TextField();
    private final TableView<AccountSummary> table = new TableView<>();
    /** The account to select once the list has been read again, 0 for none. */
    private long pendingSelection;

    public AccountBrowserView(AccountBrowserViewModel model, Consumer<AccountSummary> opening, Runnable creating) {
        this.model = model;
        getStyleClass().add(StyleClass.Hooks.ACCOUNT_BROWSER);
        search.setId("account-search");
        search.getStyleClass().add(StyleClass.Hooks.FOCUS_ENTRY);
        search.setPromptText("Search by name, industry, city or country");
        search.setAccessibleText("Search accounts by name, industry, city or country");
        search.textProperty().bindBidirectional(model.searchProperty());
        search.setMaxWidth(420);
        HBox.setHgrow(search, Priority.ALWAYS);
        PauseTransition typing = new PauseTransition(ContactBrowserView.TYPING_PAUSE);
        typing.setOnFinished(e -> model.search());
        search.textProperty().addListener((obs, old, text) -> typing.playFromStart());
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                typing.stop();
                model.search();
            }
        });
        Label count = new Label();
        count.setId("account-count");
        count.getStyleClass().add(StyleClass.MUTED);
        count.textProperty().bind(model.countTextBinding());
        count.setMinWidth(Region.USE_PREF_SIZE); // the search field gives way
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(10, search, spacer, count);
        header.setAlignment(Pos.CENTER_LEFT);

        table.setId("account-table");
        table.setAccessibleText("Accounts");
        table.setItems(model.rows());
        org.waymark.ui.tables.FittedColumns.install(table);
        Label placeholder = new Label();
        placeholder.textProperty().bind(model.countTextBinding());
        table.setPlaceholder(placeholder);
        table.getColumns().add(TableColumns.text("Name", AccountSummary::name, 200));
        table.getColumns().add(TableColumns.text("Industry", AccountSummary::industry, 140));
        table.getColumns().add(TableColumns.text("City", AccountSummary::city, 110));
        table.getColumns().add(TableColumns.text("Country", AccountSummary::country, 110));
        table.getColumns().add(TableColumns.text("Business unit", AccountSummary::businessUnit, 150));
        table.getColumns().add(TableColumns.count("Contacts", a -> (long) a.contacts(), 80));
        VBox.setVgrow(table, Priority.ALWAYS);
        Runnable openSelected = () -> {
            AccountSummary account = table.getSelectionModel().getSelectedItem();
            if (account != null) {
                opening.accept(account);
            }
        };
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                openSelected.run();
            }
        });
        table.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && e.getButton() == MouseButton.PRIMARY) {
                openSelected.run();
            }
        });
        model.rows().addListener((ListChangeListener<AccountSummary>) change -> reselect());

        Button open = new Button("_Open…");
        open.setId("account-open");
        open.setAccessibleText("Open the selected account's form");
        open.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        open.setOnAction(e -> openSelected.run());
        Button create = new Button("_New account…");
        create.setId("account-new");
        create.setAccessibleText("New account");
        create.setOnAction(e -> creating.run());
        Button more = new Button("Show more");
        more.setId("account-show-more");
        more.setAccessibleText("Show " + PagedSearchViewModel.PAGE_SIZE + " more accounts");
        more.disableProperty().bind(model.canShowMoreBinding().not());
        more.setOnAction(e -> model.showMore());
        ButtonRow footer = new ButtonRow(open, create, more);
        setSpacing(10);
        setPadding(new Insets(12));
        getChildren().addAll(header, table, footer);
    }

    /** Reads the list again after {@code accountId} was saved, and selects it when it is (still) listed. */
    public void refreshSelecting(long accountId) {
        pendingSelection = accountId;
        model.refresh();
    }

    private void reselect() {
        if (pendingSelection == 0) {
            return;
        }
        long wanted = pendingSelection;
        pendingSelection = 0;
        model.rows().stream().filter(row -> row.id() == wanted).findFirst().ifPresent(row -> {
            table.getSelectionModel().select(row);
            table.scrollTo(row);
        });
    }

    public void activate() {
        model.loadOnce();
    }

    public ObservableValue<AccountSummary> selectedAccount() {
        return table.getSelectionModel().selectedItemProperty();
    }

    public void focusTable() {
        table.requestFocus();
    }

    public void focusSearch() {
        search.requestFocus();
    }
}
