package io.github.dlplayground.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.dlplayground.visuals.convolution.CellFormat;
import io.github.dlplayground.visuals.convolution.ConvSettings;
import io.github.dlplayground.visuals.convolution.EngineForward;
import io.github.dlplayground.visuals.convolution.SettingsProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;

/**
 * {@code conv --spec FILE.json [--json]}: runs one Conv2d, MaxPool2d or AvgPool2d of the engine — the same
 * code the convolution lesson animates — and prints the output [C][OH][OW] as grids, or as
 * {"shape": [...], "output": [...]} with --json.
 */
@Command(name = "conv", mixinStandardHelpOptions = true,
        description = "Run one convolution or pooling layer of the engine on a small JSON spec and print the output.")
public final class ConvCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--spec", required = true, paramLabel = "FILE.json",
            description = "{\"op\": \"conv\"|\"maxpool\"|\"avgpool\", \"input\": [C][H][W], \"kernel\": [Co][Ci][kh][kw],"
                    + " \"bias\": [Co] or null, \"window\": [kh, kw], \"padding\": [ph, pw], \"stride\": [sh, sw]}")
    Path specFile;

    @Option(names = "--json", description = "Print {\"shape\": [...], \"output\": [...]} instead of grids.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        ConvSpec conv = ConvSpec.read(specFile);
        ConvSettings s = conv.settings();
        s.problem().ifPresent(p -> {
            throw new IllegalArgumentException(specFile + ": " + english(p));
        });
        float[] output;
        try {
            output = EngineForward.forward(s, conv.input(), conv.kernel(), conv.bias());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(specFile + ": " + e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        int c = s.effectiveOutChannels();
        if (json) {
            out.println(toJson(c, s.outputH(), s.outputW(), output));
        } else {
            printGrids(out, s, output);
        }
        out.flush();
        return 0;
    }

    /** The problem in the English of the lesson's own text bundle. */
    static String english(SettingsProblem p) {
        var bundle = ResourceBundle.getBundle("assets.i18n.convolution", Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(bundle.getString(p.key()), Locale.ROOT).format(p.plainArgs());
    }

    private static String toJson(int c, int h, int w, float[] values) throws Exception {
        var mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        root.putArray("shape").add(c).add(h).add(w);
        ArrayNode channels = root.putArray("output");
        for (int o = 0; o < c; o++) {
            ArrayNode rows = channels.addArray();
            for (int i = 0; i < h; i++) {
                ArrayNode row = rows.addArray();
                for (int j = 0; j < w; j++) {
                    row.add(values[(o * h + i) * w + j]);
                }
            }
        }
        return mapper.writeValueAsString(root);
    }

    private static void printGrids(PrintWriter out, ConvSettings s, float[] values) {
        int c = s.effectiveOutChannels();
        int h = s.outputH();
        int w = s.outputW();
        String what = switch (s.operation()) {
            case CONV -> "conv, kernel " + s.kernelH() + "×" + s.kernelW();
            case MAX_POOL -> "max pooling, window " + s.kernelH() + "×" + s.kernelW();
            case AVG_POOL -> "average pooling (padded zeros counted), window " + s.kernelH() + "×" + s.kernelW();
        };
        out.println("output " + c + "×" + h + "×" + w + " (" + what + ", padding " + s.padH() + "×" + s.padW()
                + ", stride " + s.strideH() + "×" + s.strideW() + ")");
        int width = 1;
        for (float v : values) {
            width = Math.max(width, plain(v).length());
        }
        for (int o = 0; o < c; o++) {
            out.println("channel " + o);
            for (int i = 0; i < h; i++) {
                var line = new StringBuilder(" ");
                for (int j = 0; j < w; j++) {
                    String text = plain(values[(o * h + i) * w + j]);
                    line.append(" ".repeat(width - text.length() + 1)).append(text);
                }
                out.println(line);
            }
        }
    }

    /** Integers as integers, other numbers to four decimals; ASCII minus, so programs can read it back. */
    static String plain(float v) {
        if (!Float.isFinite(v)) {
            return CellFormat.format(v).replace('−', '-');
        }
        String text = new BigDecimal(Float.toString(v)).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString();
        return "-0".equals(text) ? "0" : text;
    }
}
