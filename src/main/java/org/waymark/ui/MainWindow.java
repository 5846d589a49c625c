package org.waymark.ui;

import java.time.ZoneId;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.waymark.model.file.JourneyFileReader;
import org.waymark.model.file.JourneyFileWriter;
import org.waymark.model.journey.JourneyRules;
import org.waymark.ui.canvas.JourneyCanvasViewModel;
import org.waymark.ui.canvas.JourneyView;
import org.waymark.ui.canvas.PipelineLayout;
import org.waymark.ui.canvas.TileIcons;
import org.waymark.ui.canvas.TileSummary;
import org.waymark.ui.contacts.ContactBrowserView;
import org.waymark.ui.contacts.ContactBrowserViewModel;
import org.waymark.ui.journeys.BlankJourney;
import org.waymark.ui.journeys.JourneyActions;
import org.waymark.ui.journeys.JourneyDialogs;
import org.waymark.ui.journeys.JourneyListView;
import org.waymark.ui.journeys.JourneyListViewModel;
import org.waymark.ui.journeys.JourneyWorkspace;
import org.waymark.ui.window.WindowPlacement;
import org.waymark.ui.window.WindowStateKeeper;
import org.waymark.ui.window.WindowStateStore;

/**
 * The Waymark desktop window: the journey list on the left, the open journey's canvas and the contact
 * browser in tabs, a menu bar and a status bar. Builds its view models and views, and puts the window back
 * where it was, with the journey that was open, when it shows.
 */
public final class MainWindow {

    static final double DEFAULT_WIDTH = 1280;
    static final double DEFAULT_HEIGHT = 800;
    static final String STYLESHEET = "waymark.css";

    private final DesktopContext context;

    public MainWindow(DesktopContext context) {
        this.context = context;
    }

    /** Fills {@code stage} and shows it; call on the FX thread. */
    public void show(Stage stage) {
        ExecutorService storeQueries = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "waymark-contact-search");
            thread.setDaemon(true);
            return thread;
        });
        JourneyDialogs dialogs = new JourneyDialogs(stage);
        JourneyListViewModel list = new JourneyListViewModel(context.journeys(), dialogs);
        JourneyWorkspace workspace = new JourneyWorkspace(context.journeys(), list,
                new BlankJourney(context.clock(), ZoneId.systemDefault()), new JourneyFileReader(),
                new JourneyFileWriter(), dialogs);
        JourneyCanvasViewModel canvas = new JourneyCanvasViewModel(new PipelineLayout(), new TileSummary(),
                new JourneyRules());
        ContactBrowserViewModel contacts = new ContactBrowserViewModel(context.contacts(), storeQueries,
                Platform::runLater);
        JourneyActions actions = new JourneyActions(workspace, list, dialogs);

        JourneyListView listView = new JourneyListView(list, actions);
        ContactBrowserView contactView = new ContactBrowserView(contacts);
        JourneyView journeyView = new JourneyView(canvas, new TileIcons());
        Tab journeyTab = tab("Journey", journeyView, "journey-tab");
        Tab contactsTab = tab("Contacts", contactView, "contacts-tab");
        TabPane tabs = new TabPane(journeyTab, contactsTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setAccessibleText("Journey and contacts");
        contactsTab.setOnSelectionChanged(e -> {
            if (contactsTab.isSelected()) {
                contactView.activate();
            }
        });
        workspace.openedProperty().addListener((obs, old, open) -> {
            if (open == null) {
                canvas.clear();
            } else {
                canvas.show(open.journey());
                tabs.getSelectionModel().select(journeyTab);
            }
        });

        SplitPane split = new SplitPane(listView, tabs);
        split.setDividerPositions(0.22);
        SplitPane.setResizableWithParent(listView, false);
        BorderPane root = new BorderPane(split);
        root.getStyleClass().add("main-window");
        root.setTop(new MainMenu(actions, canvas, journeyView.canvas()::zoomToFit,
                () -> tabs.getSelectionModel().select(journeyTab),
                () -> {
                    tabs.getSelectionModel().select(contactsTab);
                    contactView.focusSearch();
                }, stage::close));
        root.setBottom(new StatusBar(workspace.messageProperty(), context.storeDirectory()));

        Scene scene = new Scene(root, DEFAULT_WIDTH, DEFAULT_HEIGHT);
        scene.getStylesheets().add(MainWindow.class.getResource(STYLESHEET).toExternalForm());
        stage.setScene(scene);
        stage.titleProperty().bind(workspace.titleBinding());
        addIcons(stage);
        stage.setMinWidth(720);
        stage.setMinHeight(480);

        WindowStateKeeper state = new WindowStateKeeper(new WindowStateStore(context.settings()),
                new WindowPlacement(DEFAULT_WIDTH, DEFAULT_HEIGHT));
        state.restore(stage);
        stage.addEventHandler(WindowEvent.WINDOW_HIDING, e -> {
            storeQueries.shutdown();
            try {
                state.save(stage, workspace.openedId());
            } catch (RuntimeException ignored) {
                // the window closes anyway; losing its position is not worth a dialog at exit
            }
        });

        list.refresh();
        stage.show();
        state.lastJourney().ifPresent(workspace::reopen);
        listView.focusList();
    }

    /** The Waymark flag from {@code assets/icons}, in the sizes window managers pick from. */
    private static void addIcons(Stage stage) {
        for (String size : java.util.List.of("32", "64", "256")) {
            java.net.URL icon = MainWindow.class.getResource("/assets/icons/waymark-" + size + ".png");
            if (icon != null) {
                stage.getIcons().add(new javafx.scene.image.Image(icon.toExternalForm()));
            }
        }
    }

    private static Tab tab(String title, javafx.scene.Node content, String id) {
        Tab tab = new Tab(title, content);
        tab.setId(id);
        return tab;
    }
}
