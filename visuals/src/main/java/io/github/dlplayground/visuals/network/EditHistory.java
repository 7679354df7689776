package io.github.dlplayground.visuals.network;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * Done and undone edits, newest on top, at most {@code limit} kept. A new edit clears the redo stack; a
 * {@link ChangeLayer} that continues the previous one (same block, same field) merges with it, and the two
 * vanish when together they change nothing.
 */
public final class EditHistory {
    private final int limit;
    private final Deque<DesignEdit> done = new ArrayDeque<>();
    private final Deque<DesignEdit> undone = new ArrayDeque<>();

    public EditHistory(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("history limit must be at least 1, got " + limit);
        }
        this.limit = limit;
    }

    /** Records an edit that has just been applied. */
    void record(DesignEdit edit) {
        undone.clear();
        if (edit instanceof ChangeLayer next && done.peek() instanceof ChangeLayer last) {
            ChangeLayer merged = last.mergedWith(next);
            if (merged != null) {
                done.pop();
                // Typing a value and then its old one back (or a fix undoing the typing) leaves nothing to undo.
                if (!merged.before().equals(merged.after())) {
                    done.push(merged);
                }
                return;
            }
        }
        done.push(edit);
        if (done.size() > limit) {
            done.removeLast();
        }
    }

    /** Takes the newest done edit onto the redo stack and returns it. */
    Optional<DesignEdit> popUndo() {
        DesignEdit e = done.poll();
        if (e != null) {
            undone.push(e);
        }
        return Optional.ofNullable(e);
    }

    /** Takes the newest undone edit back onto the done stack and returns it. */
    Optional<DesignEdit> popRedo() {
        DesignEdit e = undone.poll();
        if (e != null) {
            done.push(e);
        }
        return Optional.ofNullable(e);
    }

    public boolean canUndo() {
        return !done.isEmpty();
    }

    public boolean canRedo() {
        return !undone.isEmpty();
    }

    /** The edit an undo would revert. */
    public Optional<DesignEdit> nextUndo() {
        return Optional.ofNullable(done.peek());
    }

    /** The edit a redo would apply again. */
    public Optional<DesignEdit> nextRedo() {
        return Optional.ofNullable(undone.peek());
    }

    public int undoCount() {
        return done.size();
    }

    public void clear() {
        done.clear();
        undone.clear();
    }
}
