package io.github.dlplayground.visuals.network;

import io.github.dlplayground.engine.spec.LayerSpec;
import io.github.dlplayground.engine.spec.NetworkSpec;
import io.github.dlplayground.engine.spec.SpecReport;
import io.github.dlplayground.engine.tensor.Shape;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The studio's design model: the network spec being edited, the selected block, the edit history and the
 * engine's check of the spec (shapes, parameters, problems), recomputed after every edit. Every change goes
 * through a {@link DesignEdit}, so each one can be undone. Plain Java, no toolkit; one thread (the FX thread).
 */
public final class NetworkDesign {
    private final int classes;
    private final EditHistory history = new EditHistory(200);
    private final List<Runnable> listeners = new ArrayList<>();
    private NetworkSpec spec;
    private SpecReport report;
    private List<BlockInfo> blocks;
    private int selected = -1;

    /** @param classes the number of classes the data has (the network must end in that many outputs) */
    public NetworkDesign(NetworkSpec initial, int classes) {
        this.classes = classes;
        set(initial);
    }

    public NetworkSpec spec() {
        return spec;
    }

    public SpecReport report() {
        return report;
    }

    public int classes() {
        return classes;
    }

    public EditHistory history() {
        return history;
    }

    public List<BlockInfo> blocks() {
        return blocks;
    }

    public BlockInfo block(int index) {
        return blocks.get(index);
    }

    public int size() {
        return spec.layers().size();
    }

    /** True when the network can be built and trained: no problem anywhere. */
    public boolean isValid() {
        return report.isValid();
    }

    /** Problems of the network as a whole (input shape, no layers), as the engine words them. */
    public List<String> networkProblems() {
        return report.problems().stream().filter(p -> p.layerIndex() < 0).map(SpecReport.Problem::message).toList();
    }

    /** Every problem sentence, first block first. */
    public List<String> problems() {
        return report.problems().stream().map(SpecReport.Problem::message).toList();
    }

    /** The shape of one sample arriving at gap {@code gap} (before block gap), or null when unknown. */
    public Shape incomingShape(int gap) {
        if (gap == 0) {
            return report.input();
        }
        return blocks.get(gap - 1).output();
    }

    public int selected() {
        return selected;
    }

    /** Selects block {@code index}, or nothing with −1. */
    public void select(int index) {
        int s = index >= 0 && index < size() ? index : -1;
        if (s != selected) {
            selected = s;
            fire();
        }
    }

    /** Applies an edit, records it for undo and selects what it touched. */
    public void apply(DesignEdit edit) {
        NetworkSpec next = edit.apply(spec);
        history.record(edit);
        set(next);
        selected = clampSelection(edit.selectionAfterApply());
        fire();
    }

    /** Inserts a new layer from the palette into gap {@code gap} (0 … n), fitted to the shape arriving there. */
    public LayerSpec insert(int gap, PaletteItem item) {
        LayerSpec layer = item.create(incomingShape(gap), gap == size(), classes);
        apply(new InsertLayer(gap, layer));
        return layer;
    }

    public void insert(int gap, LayerSpec layer) {
        apply(new InsertLayer(gap, layer));
    }

    /** Drops block {@code from} into gap {@code gap}; false when that changes nothing. */
    public boolean moveToGap(int from, int gap) {
        MoveLayer move = MoveLayer.toGap(spec, from, gap);
        if (move == null) {
            return false;
        }
        apply(move);
        return true;
    }

    public void delete(int index) {
        apply(DeleteLayer.of(spec, index));
    }

    /** Replaces block {@code index} with {@code layer}; {@code field} names the setting for merging edits. */
    public void change(int index, LayerSpec layer, String field) {
        LayerSpec before = spec.layers().get(index);
        if (!before.equals(layer)) {
            apply(new ChangeLayer(index, before, layer, field));
        }
    }

    /** Replaces the whole network (preset or file), undoably. */
    public void load(NetworkSpec network) {
        apply(new ReplaceNetwork(spec, network));
    }

    public boolean undo() {
        var edit = history.popUndo();
        edit.ifPresent(e -> {
            set(e.undo(spec));
            selected = clampSelection(e.selectionAfterUndo());
            fire();
        });
        return edit.isPresent();
    }

    public boolean redo() {
        var edit = history.popRedo();
        edit.ifPresent(e -> {
            set(e.apply(spec));
            selected = clampSelection(e.selectionAfterApply());
            fire();
        });
        return edit.isPresent();
    }

    public MemoryEstimate memory(int batchSize, int optimizerStateSlots) {
        return MemoryEstimate.of(report, batchSize, optimizerStateSlots);
    }

    public void addListener(Runnable r) {
        listeners.add(r);
    }

    public void removeListener(Runnable r) {
        listeners.remove(r);
    }

    private int clampSelection(int s) {
        return s >= 0 && s < size() ? s : -1;
    }

    private void set(NetworkSpec next) {
        spec = next;
        report = next.validate(classes);
        blocks = Collections.unmodifiableList(blocksOf(next, report));
    }

    static List<BlockInfo> blocksOf(NetworkSpec spec, SpecReport report) {
        var out = new ArrayList<BlockInfo>();
        for (int i = 0; i < spec.layers().size(); i++) {
            LayerSpec layer = spec.layers().get(i);
            SpecReport.LayerInfo info = i < report.layers().size() ? report.layers().get(i) : null;
            String problem = null;
            for (SpecReport.Problem p : report.problems()) {
                if (p.layerIndex() == i) {
                    problem = p.message();
                    break;
                }
            }
            out.add(new BlockInfo(i, layer, info == null ? null : info.input(), info == null ? null : info.output(),
                    layer.parameterCount(), info == null ? -1 : info.flops(), problem));
        }
        return out;
    }

    private void fire() {
        for (Runnable r : List.copyOf(listeners)) {
            r.run();
        }
    }
}
