package org.waymark.ui.engagement;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.waymark.ui.window.WrappedText;
import org.waymark.model.engagement.TemplateResult;
import org.waymark.model.engagement.WeeklyEngagement;
import org.waymark.ui.appearance.StyleClass;
import org.waymark.ui.tables.TableColumns;

/**
 * The Emails tab: a sortable table of every email template (messages sent, delivered, open, click and reply rates,
 * Recommended) and, for the selected one, a chart of its opens and clicks per week. Logic lives in
 * {@link TemplateResultsViewModel}.
 */
public final class TemplateResultsView extends VBox {

    private final TemplateResultsViewModel model;
    private final TableView<TemplateResult> table = new TableView<>();
    private boolean loaded;

    public TemplateResultsView(TemplateResultsViewModel model) {
        this.model = model;
        setId("emails-view");
        TextField search = new TextField();
        search.setId("email-search");
        search.getStyleClass().add(StyleClass.Hooks.FOCUS_ENTRY);
        search.setPromptText("Search emails by name or subject");
        search.setAccessibleText("Search emails by name or subject");
        search.textProperty().bindBidirectional(model.searchProperty());

        table.setId("email-results");
        table.setAccessibleText("Email template results");
        table.setItems(model.rows());
        table.setPlaceholder(new Label("No marketing email in the store."));
        org.waymark.ui.tables.FittedColumns.install(table);
        table.getColumns().add(TableColumns.text("Email", TemplateResult::name, 200));
        table.getColumns().add(TableColumns.text("Subject", TemplateResult::subject, 220));
        table.getColumns().add(TableColumns.count("Sent", TemplateResult::sent, 90));
        table.getColumns().add(TableColumns.count("Delivered", TemplateResult::delivered, 90));
        table.getColumns().add(TableColumns.rate("Open rate", TemplateResult::openRate, 90));
        table.getColumns().add(TableColumns.rate("Click rate", TemplateResult::clickRate, 90));
        table.getColumns().add(TableColumns.rate("Reply rate", TemplateResult::replyRate, 90));
        table.getColumns().add(TableColumns.text("Recommended", r -> r.recommended() ? "★ Recommended" : "", 120));
        table.getStyleClass().add(StyleClass.EMAIL_RESULTS_TABLE); // at least a few rows at any scale: the tab scrolls instead
        model.selectedProperty().bind(table.getSelectionModel().selectedItemProperty());
        Label rule = new Label(model.ruleText());
        rule.getStyleClass().add(StyleClass.MUTED);
        WrappedText.wrap(rule);

        CategoryAxis weeks = new CategoryAxis();
        weeks.setLabel("Week starting");
        NumberAxis counts = new NumberAxis();
        counts.setLabel("Interactions");
        counts.setAutoRanging(false); // whole steps (WholeTicks), never "2.5 opens"
        counts.setMinorTickVisible(false);
        LineChart<String, Number> chart = new LineChart<>(weeks, counts);
        chart.setId("email-chart");
        chart.setAnimated(false);
        chart.setCreateSymbols(false);
        chart.setTitle("Opens and clicks per week");
        chart.accessibleTextProperty().bind(model.summaryProperty());
        VBox.setVgrow(chart, Priority.ALWAYS);
        chart.getStyleClass().add(StyleClass.EMAIL_CHART); // tall enough for its axis title at any scale
        Label caption = new Label();
        caption.setId("email-chart-summary");
        WrappedText.wrap(caption);
        caption.textProperty().bind(model.summaryProperty());
        model.weeks().addListener((ListChangeListener<WeeklyEngagement>) c -> draw(chart, counts));
        chart.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(model.weeks())); // no empty axes
        chart.managedProperty().bind(chart.visibleProperty());

        VBox trend = new VBox(6, caption, chart);
        trend.setPadding(new Insets(8, 0, 0, 0));
        javafx.scene.control.TabPane detail = new javafx.scene.control.TabPane(
                new javafx.scene.control.Tab("Opens and clicks", trend),
                new javafx.scene.control.Tab("Recipients", new RecipientsTable(model.recipients())));
        detail.setId("email-detail");
        detail.getStyleClass().add(StyleClass.EMAIL_DETAIL); // room for the chart: the tab scrolls instead
        detail.setTabClosingPolicy(javafx.scene.control.TabPane.TabClosingPolicy.UNAVAILABLE);
        detail.setAccessibleText("The selected email's opens and clicks, and its recipients");
        VBox.setVgrow(detail, Priority.ALWAYS);
        setSpacing(8);
        setPadding(new Insets(12));
        getChildren().addAll(search, table, rule, detail);
    }

    /** Loads the results the first time the tab is shown. */
    public void activate() {
        if (!loaded) {
            loaded = true;
            model.refresh();
        }
    }

    /** Puts the keyboard on the table. */
    public void focusTable() {
        table.requestFocus();
    }

    private void draw(LineChart<String, Number> chart, NumberAxis counts) {
        long largest = model.weeks().stream().mapToLong(w -> Math.max(w.opens(), w.clicks())).max().orElse(0);
        WholeTicks ticks = WholeTicks.upTo(largest);
        counts.setLowerBound(0);
        counts.setUpperBound(ticks.upper());
        counts.setTickUnit(ticks.step());
        XYChart.Series<String, Number> opens = new XYChart.Series<>();
        opens.setName("Opens");
        XYChart.Series<String, Number> clicks = new XYChart.Series<>();
        clicks.setName("Clicks");
        for (WeeklyEngagement week : model.weeks()) {
            String label = week.weekStart().toString();
            opens.getData().add(new XYChart.Data<>(label, week.opens()));
            clicks.getData().add(new XYChart.Data<>(label, week.clicks()));
        }
        chart.getData().setAll(java.util.List.of(opens, clicks));
    }
}
