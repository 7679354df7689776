package io.github.dlplayground.visuals.network;

import io.github.dlplayground.engine.spec.AvgPool2dSpec;
import io.github.dlplayground.engine.spec.BatchNormSpec;
import io.github.dlplayground.engine.spec.Conv2dSpec;
import io.github.dlplayground.engine.spec.DropoutSpec;
import io.github.dlplayground.engine.spec.FlattenSpec;
import io.github.dlplayground.engine.spec.LayerSpec;
import io.github.dlplayground.engine.spec.LeakyReluSpec;
import io.github.dlplayground.engine.spec.LinearSpec;
import io.github.dlplayground.engine.spec.MaxPool2dSpec;
import io.github.dlplayground.engine.spec.ReluSpec;
import io.github.dlplayground.engine.spec.SigmoidSpec;
import io.github.dlplayground.engine.spec.TanhSpec;
import io.github.dlplayground.engine.tensor.Shape;

import java.util.List;
import java.util.Optional;

/**
 * One entry of the layer palette: the spec's JSON type, the name shown (PyTorch's class name), an Ikonli
 * icon and the block colour category. {@link #create} makes a new layer that fits the shape arriving at
 * the drop position where it can (a Linear takes the incoming size, a Conv2d the incoming channels, a
 * BatchNorm the incoming features or channels).
 */
public record PaletteItem(String type, String name, String icon, LayerCategory category) {
    /** The book's hidden width (MLP with 256 hidden units), used for a new Linear that is not the last layer. */
    public static final int DEFAULT_HIDDEN = 256;
    /** LeNet's first convolution: the out_channels of a new Conv2d, and a new BatchNorm's size when unknown. */
    public static final int DEFAULT_CHANNELS = 6;

    public static final List<PaletteItem> ALL = List.of(
            new PaletteItem(LinearSpec.TYPE, "Linear", "mdi2m-matrix", LayerCategory.WEIGHTS),
            new PaletteItem(Conv2dSpec.TYPE, "Conv2d", "mdi2g-grid", LayerCategory.WEIGHTS),
            new PaletteItem(MaxPool2dSpec.TYPE, "MaxPool2d", "mdi2a-arrow-collapse-all", LayerCategory.POOLING),
            new PaletteItem(AvgPool2dSpec.TYPE, "AvgPool2d", "mdi2a-arrow-collapse", LayerCategory.POOLING),
            new PaletteItem(ReluSpec.TYPE, "ReLU", "mdi2r-ray-start-arrow", LayerCategory.ACTIVATION),
            new PaletteItem(LeakyReluSpec.TYPE, "LeakyReLU", "mdi2c-chart-line-variant", LayerCategory.ACTIVATION),
            new PaletteItem(SigmoidSpec.TYPE, "Sigmoid", "mdi2m-math-integral", LayerCategory.ACTIVATION),
            new PaletteItem(TanhSpec.TYPE, "Tanh", "mdi2m-math-tan", LayerCategory.ACTIVATION),
            new PaletteItem(BatchNormSpec.TYPE, "BatchNorm", "mdi2c-chart-bell-curve", LayerCategory.NORMALIZATION),
            new PaletteItem(DropoutSpec.TYPE, "Dropout", "mdi2c-checkerboard", LayerCategory.OTHER),
            new PaletteItem(FlattenSpec.TYPE, "Flatten", "mdi2a-arrow-collapse-vertical", LayerCategory.OTHER));

    public static Optional<PaletteItem> byType(String type) {
        return ALL.stream().filter(p -> p.type.equals(type)).findFirst();
    }

    /** The palette entry of a spec's type. */
    public static PaletteItem of(LayerSpec spec) {
        return byType(spec.type()).orElseThrow(() -> new IllegalArgumentException("no palette entry for " + spec.type()));
    }

    /**
     * A new layer of this type for the given incoming shape (null when unknown because an earlier block is
     * broken); {@code last} is true when it becomes the final layer, which then gets {@code classes} outputs.
     */
    public LayerSpec create(Shape incoming, boolean last, int classes) {
        return switch (type) {
            case LinearSpec.TYPE -> new LinearSpec(incoming == null ? DEFAULT_HIDDEN : incoming.size(),
                    last ? classes : DEFAULT_HIDDEN);
            case Conv2dSpec.TYPE -> new Conv2dSpec(incoming != null && incoming.rank() == 3 ? incoming.dim(0) : 1,
                    DEFAULT_CHANNELS, 5, 2);
            case MaxPool2dSpec.TYPE -> new MaxPool2dSpec(2);
            case AvgPool2dSpec.TYPE -> new AvgPool2dSpec(2);
            case ReluSpec.TYPE -> new ReluSpec();
            case LeakyReluSpec.TYPE -> new LeakyReluSpec(0.01);
            case SigmoidSpec.TYPE -> new SigmoidSpec();
            case TanhSpec.TYPE -> new TanhSpec();
            case BatchNormSpec.TYPE -> new BatchNormSpec(incoming == null ? DEFAULT_CHANNELS : incoming.dim(0));
            case DropoutSpec.TYPE -> new DropoutSpec(0.5);
            case FlattenSpec.TYPE -> new FlattenSpec();
            default -> throw new IllegalStateException("unknown layer type " + type);
        };
    }
}
