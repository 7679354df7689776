package io.github.dlplayground.visuals.network;

import io.github.dlplayground.engine.spec.BatchNormSpec;
import io.github.dlplayground.engine.spec.Conv2dSpec;
import io.github.dlplayground.engine.spec.FlattenSpec;
import io.github.dlplayground.engine.spec.LayerSpec;
import io.github.dlplayground.engine.spec.LinearSpec;
import io.github.dlplayground.engine.tensor.Shape;

import java.util.Optional;

/**
 * The one-click repair of the first broken block, worked out from the shapes (not from the message text):
 * a Linear whose in_features differs from the incoming vector gets the right in_features; a Linear fed an
 * image gets a Flatten inserted before it; a Conv2d gets the incoming channel count; a BatchNorm gets the
 * incoming features or channels; a network ending in the wrong number of outputs gets its last Linear's
 * out_features set to the number of classes.
 *
 * @param field "in_features", "in_channels", "num_features", "out_features" or "flatten"
 * @param value the new value (0 for "flatten")
 */
public record DesignFix(DesignEdit edit, int blockIndex, String field, int value) {
    public static Optional<DesignFix> find(NetworkDesign design) {
        for (BlockInfo b : design.blocks()) {
            if (!b.hasProblem()) {
                continue;
            }
            Shape in = design.incomingShape(b.index());
            if (in == null) {
                return Optional.empty();
            }
            return forBlock(design, b, in);
        }
        return Optional.empty();
    }

    private static Optional<DesignFix> forBlock(NetworkDesign design, BlockInfo b, Shape in) {
        LayerSpec spec = b.spec();
        int i = b.index();
        if (spec instanceof LinearSpec l && spec.problems().isEmpty()) {
            if (in.rank() != 1) {
                return Optional.of(new DesignFix(new InsertLayer(i, new FlattenSpec()), i, "flatten", 0));
            }
            if (in.dim(0) != l.inFeatures()) {
                var fixed = new LinearSpec(in.dim(0), l.outFeatures());
                return Optional.of(new DesignFix(new ChangeLayer(i, l, fixed, "in_features"), i, "in_features",
                        in.dim(0)));
            }
            if (b.output() != null && l.outFeatures() != design.classes() && i == design.size() - 1) {
                var fixed = new LinearSpec(l.inFeatures(), design.classes());
                return Optional.of(new DesignFix(new ChangeLayer(i, l, fixed, "out_features"), i, "out_features",
                        design.classes()));
            }
        }
        if (spec instanceof Conv2dSpec c && spec.problems().isEmpty() && in.rank() == 3
                && in.dim(0) != c.inChannels()) {
            var fixed = new Conv2dSpec(in.dim(0), c.outChannels(), c.kernelSize(), c.padding(), c.stride());
            return Optional.of(new DesignFix(new ChangeLayer(i, c, fixed, "in_channels"), i, "in_channels",
                    in.dim(0)));
        }
        if (spec instanceof BatchNormSpec n && spec.problems().isEmpty() && (in.rank() == 1 || in.rank() == 3)
                && in.dim(0) != n.numFeatures()) {
            var fixed = new BatchNormSpec(in.dim(0));
            return Optional.of(new DesignFix(new ChangeLayer(i, n, fixed, "num_features"), i, "num_features",
                    in.dim(0)));
        }
        return Optional.empty();
    }
}
