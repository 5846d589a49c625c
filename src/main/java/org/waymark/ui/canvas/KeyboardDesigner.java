package org.waymark.ui.canvas;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Side;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import org.waymark.model.edit.InsertionPoint;
import org.waymark.model.edit.PipelineTree;
import org.waymark.model.edit.ReadyTile;
import org.waymark.model.edit.ReadyTiles;
import org.waymark.model.tile.Tile;
import org.waymark.ui.edit.EditSession;
import org.waymark.ui.edit.TileInsertion;
import org.waymark.ui.window.FocusPart;

/**
 * The designer without a mouse. "Add tile" (or a letter typed on the canvas) asks for a tile type or a ready tile
 * with its record ({@link TileTypePicker}), then lets the arrows, digits and Enter choose one of the numbered
 * places ({@link PlaceChooser}), or with Shift+Enter takes the first, and inserts there through the same
 * {@link TileInsertion} as a drop. On a focused tile, the arrows, Home, End, Enter and Esc move the selection
 * ({@link CanvasNavigator}), Enter on a tile that holds none goes to its main setting, Alt+arrows move the tile,
 * F2 goes to its name and Shift+F10 opens the canvas menu.
 */
final class KeyboardDesigner {

    private final PipelineCanvas canvas;
    private final JourneyCanvasViewModel model;
    private final ObservableValue<EditSession> sessions;
    private final TileInsertion insertion;
    private final CanvasBanner banner;
    private final ReadyTiles offered;
    private final DesignerFocus focus;
    private final Consumer<String> status;
    private final TileTypePicker picker = new TileTypePicker();
    private PlaceChooser chooser;

    KeyboardDesigner(PipelineCanvas canvas, JourneyCanvasViewModel model, ObservableValue<EditSession> sessions,
                     TileInsertion insertion, ReadyTiles offered, CanvasBanner banner, DesignerSidebar sidebar,
                     Consumer<String> status) {
        this.canvas = canvas;
        this.model = model;
        this.sessions = sessions;
        this.insertion = insertion;
        this.offered = offered;
        this.banner = banner;
        this.focus = new DesignerFocus(canvas, model, sidebar);
        this.status = status;
        canvas.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        canvas.addEventFilter(KeyEvent.KEY_TYPED, this::typed);
        canvas.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> endChoosing());
        model.drawingProperty().addListener((obs, old, now) -> endChoosing());
    }

    /** Add tile: asks for the type, then for the place. */
    void addTile() {
        addTile("");
    }

    /** Add tile with {@code typed} already typed into the list. */
    private void addTile(String typed) {
        EditSession session = sessions.getValue();
        if (session == null || canvas.getScene() == null) {
            status.accept("Open a journey first");
            return;
        }
        endChoosing();
        AddTileViewModel list = new AddTileViewModel(session.journey(), List.copyOf(session.selection()),
                session.rules(), offered.all());
        picker.choose(canvas.getScene().getWindow(), list, typed, new TileTypePicker.Choice() {
            @Override
            public void choosePlace(ReadyTile tile) {
                KeyboardDesigner.this.choosePlace(tile);
            }

            @Override
            public void insertNow(ReadyTile tile) {
                KeyboardDesigner.this.insertNow(tile);
            }
        });
    }

    /** True while the canvas waits for the user to choose where a new tile goes. */
    boolean isChoosing() {
        return chooser != null;
    }

    private void choosePlace(ReadyTile tile) {
        EditSession session = sessions.getValue();
        if (session == null) {
            return;
        }
        chooser = new PlaceChooser(session.journey(), tile, session.rules(), List.copyOf(session.selection()));
        PipelineDrawing drawing = model.drawingProperty().get();
        canvas.markers().showNumbered(chooser.points().stream().map(drawing::anchor).flatMap(Optional::stream).toList());
        canvas.requestFocus();
        showCurrent();
    }

    private void showCurrent() {
        banner.hover(chooser.instructions());
        Optional<InsertionAnchor> anchor = chooser.current().flatMap(model.drawingProperty().get()::anchor);
        canvas.markers().highlight(anchor.orElse(null));
        anchor.ifPresent(a -> {
            canvas.markers().describe(a, chooser.describe(a.point()));
            Box box = a.box();
            // with its number above and some of the tiles either side, so the place reads in context
            canvas.scrollToShow(new Box(box.x() - 90, box.y() - 22, box.width() + 180, box.height() + 22));
        });
    }

    private void endChoosing() {
        if (chooser != null) {
            chooser = null;
            canvas.markers().clear();
            banner.hover(null);
        }
    }

    private void key(KeyEvent e) {
        if (chooser != null) {
            if (!e.isShortcutDown()) {
                choosingKey(e);
                e.consume();
            }
            return;
        }
        Node focused = canvas.getScene() == null ? null : canvas.getScene().getFocusOwner();
        if (focused instanceof TileNode node && sessions.getValue() != null) {
            if (tileKey(e, node)) {
                e.consume();
            }
        }
    }

    private void choosingKey(KeyEvent e) {
        KeyCode code = e.getCode();
        switch (code) {
            case LEFT, UP, KP_LEFT, KP_UP -> chooser.previous();
            case RIGHT, DOWN, KP_RIGHT, KP_DOWN -> chooser.next();
            case ENTER -> {
                insert();
                return;
            }
            case ESCAPE -> {
                endChoosing();
                status.accept("Add tile cancelled");
                canvas.focusTile(model.selectedTileIdProperty().get());
                return;
            }
            default -> {
                int digit = digit(code);
                if (digit < 0 || !chooser.digit(digit, System.nanoTime() / 1_000_000)) {
                    return;
                }
            }
        }
        showCurrent();
    }

    private void insert() {
        PlaceChooser chosen = chooser;
        endChoosing();
        insertAt(chosen);
    }

    /** Shift+Enter in the list: at the first place the place list would offer, without asking. */
    private void insertNow(ReadyTile tile) {
        EditSession session = sessions.getValue();
        if (session != null) {
            PlaceChooser places = new PlaceChooser(session.journey(), tile, session.rules(),
                    List.copyOf(session.selection()));
            if (places.isEmpty()) {
                banner.flash("There is no place for " + tile.label() + " in this journey");
                status.accept("There is no place for " + tile.label() + " in this journey");
            }
            insertAt(places);
        }
    }

    private void insertAt(PlaceChooser chosen) {
        Optional<InsertionPoint> at = chosen.current();
        if (at.isEmpty()) {
            return;
        }
        insertion.insertNew(chosen.tile(), at.get()).ifPresentOrElse(banner::flash,
                () -> canvas.focusTile(model.selectedTileIdProperty().get()));
    }

    /** A letter typed on the canvas (not while choosing a place): Add tile, with the letter typed into the list. */
    private void typed(KeyEvent e) {
        String character = e.getCharacter();
        if (chooser != null || e.isShortcutDown() || e.isAltDown() || character.length() != 1
                || !Character.isLetter(character.charAt(0)) || sessions.getValue() == null) {
            return;
        }
        Node focused = canvas.getScene() == null ? null : canvas.getScene().getFocusOwner();
        if (focused instanceof TileNode || focused == canvas) {
            e.consume();
            addTile(character);
        }
    }

    private boolean tileKey(KeyEvent e, TileNode node) {
        String id = node.tileId();
        EditSession session = sessions.getValue();
        CanvasNavigator navigator = new CanvasNavigator(session.journey(), model.drawingProperty().get());
        KeyCode code = e.getCode();
        if (e.isAltDown() && (code == KeyCode.LEFT || code == KeyCode.RIGHT)) {
            boolean forward = code == KeyCode.RIGHT;
            navigator.movePoint(session.rules(), id, forward).ifPresentOrElse(to -> insertion.move(id, to),
                    () -> status.accept("'" + PipelineTree.find(session.journey(), id).map(Tile::displayName).orElse(id)
                            + "' cannot move further " + (forward ? "on" : "back")));
            canvas.focusTile(id);
            return true;
        }
        if (code == KeyCode.F10 && e.isShiftDown() || code == KeyCode.CONTEXT_MENU) {
            ContextMenu menu = canvas.getContextMenu();
            if (menu != null) {
                menu.show(node, Side.BOTTOM, 0, 0);
            }
            return true;
        }
        if (code == KeyCode.F2) {
            focus.name();
            return true;
        }
        if (e.isAltDown() || e.isShortcutDown() || e.isShiftDown()) {
            return false;
        }
        Optional<String> target = switch (code) {
            case RIGHT, KP_RIGHT -> navigator.right(id);
            case LEFT, KP_LEFT -> navigator.left(id);
            case DOWN, KP_DOWN -> navigator.down(id);
            case UP, KP_UP -> navigator.up(id);
            case HOME -> navigator.first();
            case END -> navigator.last();
            case ENTER -> navigator.into(id);
            case ESCAPE -> navigator.out(id);
            default -> null;
        };
        if (target == null) {
            return false;
        }
        if (code == KeyCode.ENTER && target.isEmpty()) {
            focus.mainSetting();
            return true;
        }
        target.ifPresent(model::select);
        return target.isPresent() || code != KeyCode.ENTER && code != KeyCode.ESCAPE;
    }

    /** The designer's parts that F6 (Shift+F6 backwards) moves the focus through. */
    List<FocusPart> focusParts() {
        return focus.parts(this::endChoosing);
    }

    private static int digit(KeyCode code) {
        if (code.isDigitKey()) {
            String name = code.getName();
            char last = name.charAt(name.length() - 1);
            return Character.isDigit(last) ? last - '0' : -1;
        }
        return -1;
    }
}
