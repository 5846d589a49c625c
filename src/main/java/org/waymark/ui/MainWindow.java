package org.waymark.ui;

import static org.waymark.ui.actions.ActionId.*;

import java.time.ZoneId;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;
import javafx.geometry.Orientation;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.waymark.ui.appearance.StyleClass;
import org.waymark.model.edit.InsertionRules;
import org.waymark.model.edit.TileFactory;
import org.waymark.model.file.JourneyFileReader;
import org.waymark.model.file.JourneyFileWriter;
import org.waymark.model.journey.JourneyRules;
import org.waymark.ui.actions.ActionControls;
import org.waymark.ui.actions.ActionIcons;
import org.waymark.ui.actions.ActionId;
import org.waymark.ui.actions.ActionRegistry;
import org.waymark.ui.actions.DesignerKeys;
import org.waymark.ui.actions.ShortcutOverlay;
import org.waymark.ui.appearance.Appearance;
import org.waymark.ui.appearance.UiScale;
import org.waymark.ui.canvas.JourneyCanvasViewModel;
import org.waymark.ui.canvas.JourneyView;
import org.waymark.ui.canvas.PipelineLayout;
import org.waymark.ui.canvas.TileIcons;
import org.waymark.ui.canvas.TileSummary;
import org.waymark.ui.contacts.ContactBrowserViewModel;
import org.waymark.ui.contacts.ContactImportDialog;
import org.waymark.ui.contacts.ContactImportViewModel;
import org.waymark.ui.contacts.PeopleView;
import org.waymark.ui.engagement.EmailsView;
import org.waymark.ui.files.FilePicker;
import org.waymark.ui.files.NativeFilePicker;
import org.waymark.ui.engagement.MessagesView;
import org.waymark.ui.engagement.MessagesViewModel;
import org.waymark.ui.engagement.TemplateResultsView;
import org.waymark.ui.segments.ConditionChoices;
import org.waymark.ui.segments.SegmentsView;
import org.waymark.ui.segments.SegmentsViewModel;
import org.waymark.ui.engagement.TemplateResultsViewModel;
import org.waymark.ui.timeline.TimelinePane;
import org.waymark.ui.timeline.TimelineViewModel;
import org.waymark.ui.timeline.WebAddresses;
import org.waymark.ui.edit.ClipboardEdits;
import org.waymark.ui.edit.EditActions;
import org.waymark.ui.edit.EditSession;
import org.waymark.ui.edit.TileClipboard;
import org.waymark.ui.edit.TileInsertion;
import org.waymark.ui.edit.TilePlacement;
import org.waymark.ui.content.ContentView;
import org.waymark.ui.journeys.BlankJourney;
import org.waymark.ui.journeys.GoLive;
import org.waymark.ui.journeys.JourneyActions;
import org.waymark.ui.journeys.JourneyDialogs;
import org.waymark.ui.journeys.JourneyListView;
import org.waymark.ui.journeys.JourneyListViewModel;
import org.waymark.ui.journeys.JourneyTitle;
import org.waymark.ui.journeys.JourneyWorkspace;
import org.waymark.ui.journeys.RecoveryAutosave;
import org.waymark.ui.journeys.RecoveryCopies;
import org.waymark.ui.journeys.RecoveryOffer;
import org.waymark.ui.journeys.UnsavedChanges;
import org.waymark.ui.simulation.EngineSimulationService;
import org.waymark.ui.simulation.Simulations;
import org.waymark.model.template.TemplateCatalog;
import org.waymark.ui.templates.TemplateGallery;
import org.waymark.ui.templates.TemplateGalleryViewModel;
import org.waymark.ui.toolbox.ToolboxView;
import org.waymark.ui.view.PictureExport;
import org.waymark.ui.view.PictureExportDialog;
import org.waymark.ui.toolbox.ToolboxViewModel;
import javafx.geometry.Side;
import org.waymark.ui.window.CollapsibleSide;
import org.waymark.ui.window.ContextMenuKeys;
import org.waymark.ui.window.PanelLayout;
import org.waymark.ui.window.PanelLayout.Panel;
import org.waymark.ui.window.WindowPlacement;
import org.waymark.ui.window.WindowStateKeeper;
import org.waymark.ui.window.WindowStateStore;

/**
 * The Waymark desktop window: the journey list on the left, the open journey's designer (canvas, toolbox,
 * properties, settings) and the contact browser in tabs, a menu bar and a status bar. Builds its view models and
 * views, puts the window back where it was, with the journey that was open, when it shows, and asks to save
 * unsaved changes before it closes.
 */
public final class MainWindow {

    static final double DEFAULT_WIDTH = 1280;
    static final double DEFAULT_HEIGHT = 800;
    static final String STYLESHEET = "waymark.css";

    private final DesktopContext context;
    private final FilePicker files;
    private JourneyWorkspace workspace;
    private Appearance appearance;

    /** The window on the platform's file dialogs. */
    public MainWindow(DesktopContext context) {
        this(context, new NativeFilePicker());
    }

    /** The window asking {@code files} whenever it needs a file. */
    public MainWindow(DesktopContext context, FilePicker files) {
        this.context = context;
        this.files = files;
    }

    /** Fills {@code stage} and shows it; call on the FX thread. */
    public void show(Stage stage) {
        ExecutorService storeQueries = Executors.newSingleThreadExecutor(daemon("waymark-contact-search"));
        ScheduledExecutorService recoveryWrites = Executors.newSingleThreadScheduledExecutor(daemon("waymark-recovery"));
        JourneyDialogs dialogs = new JourneyDialogs(stage, files);
        JourneyListViewModel list = new JourneyListViewModel(context.journeys(), dialogs);
        JourneyFileReader reader = new JourneyFileReader();
        JourneyFileWriter writer = new JourneyFileWriter();
        RecoveryCopies copies = new RecoveryCopies(context.storeDirectory(), reader, writer, context.clock());
        RecoveryAutosave autosave = new RecoveryAutosave(copies, (delay, task) -> {
            ScheduledFuture<?> write = recoveryWrites.schedule(task, delay.toMillis(), TimeUnit.MILLISECONDS);
            return () -> write.cancel(false);
        });
        workspace = new JourneyWorkspace(context.journeys(), list,
                new BlankJourney(context.clock(), ZoneId.systemDefault()), reader, writer, dialogs, autosave,
                new RecoveryOffer(copies, dialogs::askRestore, dialogs, ZoneId.systemDefault()));
        JourneyTitle title = new JourneyTitle(workspace, list);
        TemplateGallery gallery = new TemplateGallery(new TemplateGalleryViewModel(TemplateCatalog.fromClassPath(),
                context.clock(), ZoneId.systemDefault()), new TileIcons()::icon);
        JourneyActions actions = new JourneyActions(workspace, list, dialogs,
                new UnsavedChanges(workspace, dialogs::askSaveChanges), () -> gallery.choose(stage));
        ObservableValue<EditSession> sessions = workspace.sessionProperty();
        JourneyRules rules = new JourneyRules(context.assets());
        JourneyCanvasViewModel canvas = new JourneyCanvasViewModel(new PipelineLayout(), new TileSummary(), rules);
        canvas.follow(sessions);
        ContactBrowserViewModel contacts = new ContactBrowserViewModel(context.contacts(), storeQueries,
                Platform::runLater);

        Consumer<String> status = workspace::announce;
        TilePlacement placement = new TilePlacement(new InsertionRules());
        TileInsertion insertion = new TileInsertion(sessions, new TileFactory(), placement, status);
        TileClipboard clipboard = new TileClipboard();
        EditActions edits = new EditActions(sessions, new ClipboardEdits(sessions, clipboard, placement, status),
                clipboard, dialogs::confirmDeleteTiles, status);

        TileIcons icons = new TileIcons();
        ActionRegistry registry = new ActionRegistry(status);
        ActionControls controls = new ActionControls(registry, new ActionIcons());
        PeopleView contactView = new PeopleView(contacts, context.audience(), () -> new ContactImportDialog(files).show(stage,
                new ContactImportViewModel(context.contactImporter(), storeQueries, Platform::runLater))
                .ifPresent(report -> {
                    workspace.announce(report.describe());
                    contacts.search();
                }), storeQueries, Platform::runLater);
        JourneyView journeyView = new JourneyView(canvas, icons, sessions, insertion,
                new org.waymark.model.edit.ReadyTiles(context.assets()), status);
        insertion.addInsertionListener(tile -> journeyView.sidebar().showProperties());
        ToolboxView toolbox = new ToolboxView(new ToolboxViewModel(), icons, journeyView.drags()::addToolboxSource,
                insertion::insertAfterSelection);
        toolbox.activeWhen(Bindings.isNotNull(workspace.sessionProperty()));
        journeyView.sidebar().setToolbox(toolbox);
        new DesignerPanels(context.assets()).install(journeyView, canvas, sessions);
        PictureExportDialog pictures = new PictureExportDialog(PictureExport.withCanvasLook(), files);
        Runnable exportPicture = () -> {
            EditSession session = sessions.getValue();
            if (session != null) {
                pictures.show(stage, session.journey().name(), journeyView.canvas().surface(),
                        canvas.drawingProperty().get()).ifPresent(path -> workspace.announce("Exported picture to " + path));
            }
        };

        TimelinePane timeline = new TimelinePane(new TimelineViewModel(context.timelines().timeline(),
                context.timelines().previews(), context.activities().activities()::iconsBySource, context.clock(),
                storeQueries, Platform::runLater),
                new WebAddresses(workspace::announce)::open);
        MainTabs tabs = new MainTabs(journeyView, contactView, timeline, context.activities(),
                new EmailsView(new TemplateResultsView(new TemplateResultsViewModel(context.emailResults(),
                        context.clock(), storeQueries, Platform::runLater)), new MessagesView(new MessagesViewModel(
                        context.emailMessages(), context.clock(), storeQueries, Platform::runLater))),
                ContentView.of(context.content(), context.clock(), storeQueries), storeQueries, files);
        tabs.addSegments(new SegmentsView(new SegmentsViewModel(context.segments(),
                ConditionChoices.of(context.assets()), storeQueries, Platform::runLater)));
        WindowFocus focus = new WindowFocus(tabs, journeyView, sessions);
        tabs.journeyTab().setOnSelectionChanged(e -> { // assets may have been published meanwhile: check again
            if (tabs.journeyTab().isSelected() && sessions.getValue() != null) {
                canvas.show(sessions.getValue().journey());
            }
        });

        WindowActions bindings = new WindowActions(registry);
        bindings.bindFile(actions, focus::toCanvas, exportPicture, () -> Platform.runLater(() -> {
            if (actions.mayClose() && tabs.mayClose(stage)) {
                stage.close(); // after Ctrl+Q's key event: GTK crashes when a window goes during its key event
            }
        }));
        bindings.bindEdit(edits, tabs.journeyTab().selectedProperty(), journeyView::addTile);
        bindings.bindView(canvas, actions.nothingOpen().not(), journeyView.canvas()::zoomToFit,
                focus::showJourney, tabs::showContacts, tabs::showActivities, tabs::showEmails, tabs::showContent);
        bindings.bindGoLive(new GoLive(workspace, rules, dialogs, context.clock())::goLive, actions.nothingOpen().not());
        Simulations simulations = new Simulations(stage, sessions, workspace::openedId, canvas,
                new EngineSimulationService(context.simulations(), context.assets(),
                        Runtime.getRuntime().availableProcessors()), context.settings(), status, context.clock(), files);
        bindings.bindSimulation(simulations);
        bindings.bindShow(ActionId.SHOW_SEGMENTS, tabs::showSegments);
        bindings.bindHelp(() -> new ShortcutOverlay(registry, new DesignerKeys()).show(stage));
        appearance = new Appearance(context.settings());
        canvas.uiScaleProperty().bind(appearance.scaleFactorProperty());
        bindings.bindAppearance(appearance, status);
        PanelLayout panels = new PanelLayout(context.settings());
        bindings.bindPanels(panels, status, focus::panelShown);
        if (!registry.unbound().isEmpty()) {
            throw new IllegalStateException("Actions without a binding: " + registry.unbound());
        }
        JourneyListView listView = new JourneyListView(list, controls, registry);
        SplitPane split = new SplitPane(tabs);
        CollapsibleSide.install(split, listView, Side.LEFT, panels, Panel.JOURNEY_LIST, appearance.scaleFactorProperty());
        journeyView.collapsibleSidebar(panels, appearance.scaleFactorProperty());
        BorderPane root = new BorderPane(split);
        root.setLeft(new HiddenListStrip(controls.iconButton(TOGGLE_JOURNEY_LIST), panels.shownProperty(Panel.JOURNEY_LIST)));
        root.getStyleClass().add(StyleClass.Hooks.MAIN_WINDOW);
        journeyView.setCanvasMenu(controls.contextMenu(CUT, COPY, PASTE, DUPLICATE, DELETE_TILES, null,
                SELECT_ALL, ADD_TILE, null, UNDO, REDO));
        journeyView.setTools(controls.button(ADD_TILE), new Separator(Orientation.VERTICAL),
                controls.iconButton(UNDO), controls.iconButton(REDO), controls.iconButton(DELETE_TILES),
                new Separator(Orientation.VERTICAL), controls.iconButton(ZOOM_OUT), controls.iconButton(ZOOM_IN),
                controls.iconButton(ZOOM_FIT), new Separator(Orientation.VERTICAL), controls.button(SIMULATE),
                new Separator(Orientation.VERTICAL), controls.iconButton(KEYBOARD_SHORTCUTS),
                new Separator(Orientation.VERTICAL), controls.iconButton(TOGGLE_SIDE_PANEL));
        simulations.install(journeyView, controls.button(SIMULATE_AGAIN), controls.button(SIMULATE));
        root.setTop(new MainMenu(controls));
        root.setBottom(new StatusBar(workspace.messageProperty(), context.storeDirectory()));

        Scene scene = new Scene(root, DEFAULT_WIDTH, DEFAULT_HEIGHT);
        panels.follow(scene.widthProperty(), appearance.scaleFactorProperty().multiply(UiScale.BASE_FONT_SIZE));
        scene.getStylesheets().add(MainWindow.class.getResource(STYLESHEET).toExternalForm());
        appearance.install();
        Appearance installed = appearance;
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> installed.uninstall());
        registry.installShortcuts(scene);
        focus.install(scene, listView);
        ContextMenuKeys.install(scene);
        scene.focusOwnerProperty().addListener((obs, old, now) -> {
            EditSession session = sessions.getValue();
            if (session != null) {
                session.endTyping();
            }
        });
        stage.setScene(scene);
        stage.titleProperty().bind(title.titleProperty());
        addIcons(stage);
        stage.setMinWidth(720);
        stage.setMinHeight(480);

        WindowStateKeeper state = new WindowStateKeeper(new WindowStateStore(context.settings()),
                new WindowPlacement(DEFAULT_WIDTH, DEFAULT_HEIGHT));
        state.restore(stage);
        stage.setOnCloseRequest(e -> {
            if (!actions.mayClose() || !tabs.mayClose(stage)) {
                e.consume();
            }
        });
        stage.addEventHandler(WindowEvent.WINDOW_HIDING, e -> {
            storeQueries.shutdown();
            autosave.stop();
            recoveryWrites.shutdown();
            try {
                state.save(stage, workspace.openedId());
            } catch (RuntimeException ignored) {
                // the window closes anyway; losing its position is not worth a dialog at exit
            }
        });

        list.refresh();
        stage.show();
        state.lastJourney().ifPresent(workspace::reopen);
        if (workspace.sessionProperty().get() != null) {
            tabs.showJourney();
        }
        listView.focusList();
        focus.followOpenedJourneys();
    }

    /** The open journeys' workspace once shown; tests use it for what native file choosers would do. */
    JourneyWorkspace workspace() {
        return workspace;
    }

    /** The window's theme and UI scale once shown. */
    Appearance appearance() {
        return appearance;
    }

    private static ThreadFactory daemon(String name) {
        return task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        };
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
}
