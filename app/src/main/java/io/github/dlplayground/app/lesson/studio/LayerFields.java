package io.github.dlplayground.app.lesson.studio;

import io.github.dlplayground.engine.spec.AvgPool2dSpec;
import io.github.dlplayground.engine.spec.BatchNormSpec;
import io.github.dlplayground.engine.spec.Conv2dSpec;
import io.github.dlplayground.engine.spec.DropoutSpec;
import io.github.dlplayground.engine.spec.LayerSpec;
import io.github.dlplayground.engine.spec.LeakyReluSpec;
import io.github.dlplayground.engine.spec.LinearSpec;
import io.github.dlplayground.engine.spec.MaxPool2dSpec;
import io.github.dlplayground.engine.spec.Size2;
import io.github.dlplayground.visuals.network.BlockFormat;

import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The editable settings of each layer kind under their JSON (PyTorch) names, each with how to show it as text
 * and how to parse text back into an edited copy of the spec. Sizes accept "5" or "3×5" (also "3x5").
 */
final class LayerFields {
    /** One setting: its name, its text for a spec, and the spec with new text (null when the text is not a value). */
    record Field(String name, Function<LayerSpec, String> text, BiFunction<LayerSpec, String, LayerSpec> parse) {
    }

    private LayerFields() {
    }

    static List<Field> of(LayerSpec spec) {
        if (spec instanceof LinearSpec) {
            return List.of(
                    intField("in_features", s -> ((LinearSpec) s).inFeatures(),
                            (s, v) -> new LinearSpec(v, ((LinearSpec) s).outFeatures())),
                    intField("out_features", s -> ((LinearSpec) s).outFeatures(),
                            (s, v) -> new LinearSpec(((LinearSpec) s).inFeatures(), v)));
        }
        if (spec instanceof Conv2dSpec) {
            return List.of(
                    intField("in_channels", s -> ((Conv2dSpec) s).inChannels(), (s, v) -> conv(s, v, null, null, null, null)),
                    intField("out_channels", s -> ((Conv2dSpec) s).outChannels(), (s, v) -> conv(s, null, v, null, null, null)),
                    sizeField("kernel_size", s -> ((Conv2dSpec) s).kernelSize(), (s, v) -> conv(s, null, null, v, null, null)),
                    sizeField("padding", s -> ((Conv2dSpec) s).padding(), (s, v) -> conv(s, null, null, null, v, null)),
                    sizeField("stride", s -> ((Conv2dSpec) s).stride(), (s, v) -> conv(s, null, null, null, null, v)));
        }
        if (spec instanceof MaxPool2dSpec) {
            return List.of(
                    sizeField("kernel_size", s -> ((MaxPool2dSpec) s).kernelSize(),
                            (s, v) -> { var m = (MaxPool2dSpec) s; return new MaxPool2dSpec(v, m.padding(), m.stride()); }),
                    sizeField("padding", s -> ((MaxPool2dSpec) s).padding(),
                            (s, v) -> { var m = (MaxPool2dSpec) s; return new MaxPool2dSpec(m.kernelSize(), v, m.stride()); }),
                    sizeField("stride", s -> ((MaxPool2dSpec) s).stride(),
                            (s, v) -> { var m = (MaxPool2dSpec) s; return new MaxPool2dSpec(m.kernelSize(), m.padding(), v); }));
        }
        if (spec instanceof AvgPool2dSpec) {
            return List.of(
                    sizeField("kernel_size", s -> ((AvgPool2dSpec) s).kernelSize(),
                            (s, v) -> { var m = (AvgPool2dSpec) s; return new AvgPool2dSpec(v, m.padding(), m.stride()); }),
                    sizeField("padding", s -> ((AvgPool2dSpec) s).padding(),
                            (s, v) -> { var m = (AvgPool2dSpec) s; return new AvgPool2dSpec(m.kernelSize(), v, m.stride()); }),
                    sizeField("stride", s -> ((AvgPool2dSpec) s).stride(),
                            (s, v) -> { var m = (AvgPool2dSpec) s; return new AvgPool2dSpec(m.kernelSize(), m.padding(), v); }));
        }
        if (spec instanceof BatchNormSpec) {
            return List.of(intField("num_features", s -> ((BatchNormSpec) s).numFeatures(),
                    (s, v) -> new BatchNormSpec(v)));
        }
        if (spec instanceof DropoutSpec) {
            return List.of(doubleField("p", s -> ((DropoutSpec) s).p(), (s, v) -> new DropoutSpec(v)));
        }
        if (spec instanceof LeakyReluSpec) {
            return List.of(doubleField("negative_slope", s -> ((LeakyReluSpec) s).negativeSlope(),
                    (s, v) -> new LeakyReluSpec(v)));
        }
        return List.of();
    }

    private static LayerSpec conv(LayerSpec s, Integer in, Integer out, Size2 k, Size2 pad, Size2 stride) {
        var c = (Conv2dSpec) s;
        return new Conv2dSpec(in != null ? in : c.inChannels(), out != null ? out : c.outChannels(),
                k != null ? k : c.kernelSize(), pad != null ? pad : c.padding(), stride != null ? stride : c.stride());
    }

    private static Field intField(String name, Function<LayerSpec, Integer> get,
                                  BiFunction<LayerSpec, Integer, LayerSpec> with) {
        return new Field(name, s -> Integer.toString(get.apply(s)), (s, t) -> {
            Integer v = parseInt(t);
            return v == null ? null : with.apply(s, v);
        });
    }

    private static Field doubleField(String name, Function<LayerSpec, Double> get,
                                     BiFunction<LayerSpec, Double, LayerSpec> with) {
        return new Field(name, s -> BlockFormat.trim(get.apply(s)), (s, t) -> {
            try {
                double v = Double.parseDouble(t.trim());
                return Double.isFinite(v) ? with.apply(s, v) : null;
            } catch (NumberFormatException e) {
                return null;
            }
        });
    }

    private static Field sizeField(String name, Function<LayerSpec, Size2> get,
                                   BiFunction<LayerSpec, Size2, LayerSpec> with) {
        return new Field(name, s -> get.apply(s).toString(), (s, t) -> {
            Size2 v = parseSize(t);
            return v == null ? null : with.apply(s, v);
        });
    }

    static Integer parseInt(String text) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** "5" → 5×5, "3×5", "3x5", "3,5" → 3×5; null when it is not a size. */
    static Size2 parseSize(String text) {
        String[] parts = text.trim().toLowerCase(Locale.ROOT).split("\\s*[×x,*]\\s*");
        if (parts.length == 1) {
            Integer v = parseInt(parts[0]);
            return v == null ? null : Size2.of(v);
        }
        if (parts.length == 2) {
            Integer h = parseInt(parts[0]);
            Integer w = parseInt(parts[1]);
            return h == null || w == null ? null : Size2.of(h, w);
        }
        return null;
    }
}
