package io.github.dlplayground.visuals.surface;

import io.github.dlplayground.engine.surface.Bounds;
import io.github.dlplayground.engine.surface.Surface;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * A 2D loss surface: heat map, contours, axes and colour legend below, the racing paths above. The heat
 * map is computed off the FX thread (at most 400 × 400 cells, upscaled smoothly) whenever the surface, the
 * bounds, the size or the scale change; while it is computed the previous one is drawn moved and scaled
 * into place, so panning stays fluid. Drag pans, the wheel zooms, a click calls {@link #onPickProperty()}.
 * Two canvases: the background is redrawn only when the view changes, the overlay every {@link #refresh()}.
 * FX thread only.
 */
public final class SurfaceView extends PlotRegion {
    /** The heat map has at most this many cells across and down. */
    public static final int MAX_CELLS = 400;

    private final Canvas background = new Canvas();
    private final TrailLayer trailLayer = new TrailLayer();
    private final ObjectProperty<Surface> surface = new SimpleObjectProperty<>(this, "surface");
    private final BooleanProperty logScale = new SimpleBooleanProperty(this, "logScale");
    private final BooleanProperty arrows = new SimpleBooleanProperty(this, "arrows", true);
    private final BooleanProperty equalAspect = new SimpleBooleanProperty(this, "equalAspect", true);
    private final StringProperty legendTitle = new SimpleStringProperty(this, "legendTitle", "f");
    private final AtomicLong generation = new AtomicLong();
    private final Executor executor;
    private final boolean ownsExecutor;
    private Supplier<List<Marker>> markers = List::of;
    private double startX;
    private double startY;
    private SurfaceRaster raster;
    private WritableImage image;
    private boolean backgroundDirty = true;
    private long lastRasterNanos;

    /** A view that computes heat maps on its own daemon thread. */
    public SurfaceView() {
        this(Executors.newSingleThreadExecutor(r -> {
            var t = new Thread(r, "surface-heatmap");
            t.setDaemon(true);
            return t;
        }), true);
    }

    /** @param executor where heat maps are computed (a direct executor computes them at once, for tests) */
    public SurfaceView(Executor executor) {
        this(executor, false);
    }

    private SurfaceView(Executor executor, boolean ownsExecutor) {
        super("y");
        this.executor = executor;
        this.ownsExecutor = ownsExecutor;
        getStyleClass().add("surface-view");
        getChildren().add(0, background);
        getChildren().add(1, trailLayer.halo());
        getChildren().add(2, trailLayer.lines());
        for (Canvas c : List.of(background, trailLayer.halo(), trailLayer.lines())) {
            c.setMouseTransparent(true);
        }
        surface.addListener((o, was, now) -> requestRaster());
        logScale.addListener((o, was, now) -> requestRaster());
        equalAspect.addListener((o, was, now) -> requestRaster());
        boundsProperty().addListener((o, was, now) -> requestRaster());
        for (var p : List.of(paletteProperty(), scaleProperty(), xLabelProperty(), yLabelProperty(), legendTitle)) {
            p.addListener((o, was, now) -> {
                backgroundDirty = true;
                markDirty();
            });
        }
        selectedProperty().addListener((o, was, now) -> {
            trailLayer.invalidate();
            markDirty();
        });
        redrawOn(arrows);
    }

    @Override
    public Viewport viewport() {
        return SurfaceRenderer.viewport(boundsProperty().get(), getWidth(), getHeight(), scale(), equalAspect.get());
    }

    public void setMarkers(Supplier<List<Marker>> markers) {
        this.markers = markers;
        markDirty();
    }

    /** The start ring's position. */
    public void setStart(double x, double y) {
        startX = x;
        startY = y;
        markDirty();
    }

    private void requestRaster() {
        backgroundDirty = true;
        markDirty();
        Surface s = surface.get();
        Viewport v = viewport();
        if (s == null || v.width() < 4 || v.height() < 4) {
            return;
        }
        int cols = (int) Math.min(MAX_CELLS, Math.round(v.width()));
        int rows = (int) Math.min(MAX_CELLS, Math.round(v.height()));
        long ticket = generation.incrementAndGet();
        Bounds b = v.bounds();
        boolean log = logScale.get();
        try {
            executor.execute(() -> compute(s, b, cols, rows, log, ticket));
        } catch (java.util.concurrent.RejectedExecutionException disposed) {
            // the view was disposed: nothing more to draw
        }
    }

    /** Heat-map thread (or the caller's, with a direct executor): skips requests already outdated. */
    private void compute(Surface s, Bounds b, int cols, int rows, boolean log, long ticket) {
        if (generation.get() != ticket) {
            return;
        }
        long t0 = System.nanoTime();
        SurfaceRaster r = SurfaceRaster.compute(s, b, cols, rows, log);
        long took = System.nanoTime() - t0;
        if (Platform.isFxApplicationThread()) {
            accept(r, ticket, took);
        } else {
            Platform.runLater(() -> accept(r, ticket, took));
        }
    }

    private void accept(SurfaceRaster r, long ticket, long nanos) {
        if (ticket != generation.get()) {
            return;
        }
        raster = r;
        lastRasterNanos = nanos;
        if (image == null || image.getWidth() != r.cols() || image.getHeight() != r.rows()) {
            image = new WritableImage(r.cols(), r.rows());
        }
        image.getPixelWriter().setPixels(0, 0, r.cols(), r.rows(), PixelFormat.getIntArgbInstance(), r.argb(), 0,
                r.cols());
        backgroundDirty = true;
        markDirty();
    }

    /** Stops the heat-map thread this view created (a given executor is left to its owner). */
    public void dispose() {
        generation.incrementAndGet();
        if (ownsExecutor && executor instanceof java.util.concurrent.ExecutorService service) {
            service.shutdownNow();
        }
    }

    /** The heat map now shown (null before the first one arrives). */
    public SurfaceRaster raster() {
        return raster;
    }

    /** How long the last heat map took to compute, in nanoseconds. */
    public long lastRasterNanos() {
        return lastRasterNanos;
    }

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth());
        double h = snapSizeY(getHeight());
        if (background.getWidth() != w || background.getHeight() != h) {
            background.setWidth(w);
            background.setHeight(h);
            requestRaster();
        }
        trailLayer.resize(w, h);
        if (backgroundDirty && w > 0 && h > 0) {
            backgroundDirty = false;
            trailLayer.invalidate();
            SurfaceRenderer.drawBackground(background.getGraphicsContext2D(), raster, image, viewport(),
                    palette(), scale(), xLabelProperty().get(), yLabelProperty().get(), legendTitle.get());
        }
        super.layoutChildren();
    }

    @Override
    protected void draw(GraphicsContext g, double width, double height) {
        trailLayer.update(trails(), viewport(), palette(), scale(), selectedProperty().get());
        SurfaceRenderer.drawOverlay(g, viewport(), trails(), surface.get(),
                raster == null ? 0 : raster.maxGradient(), startX, startY, markers.get(), selectedProperty().get(),
                arrows.get(), palette(), scale());
    }

    public ObjectProperty<Surface> surfaceProperty() {
        return surface;
    }

    public BooleanProperty logScaleProperty() {
        return logScale;
    }

    /** Whether a unit of x and of y have the same length on screen (default true). */
    public BooleanProperty equalAspectProperty() {
        return equalAspect;
    }

    public BooleanProperty arrowsProperty() {
        return arrows;
    }

    public StringProperty legendTitleProperty() {
        return legendTitle;
    }
}
