package io.github.dlplayground.app.export;

import io.github.dlplayground.engine.export.Notebook;
import io.github.dlplayground.engine.export.PytorchScript;
import io.github.dlplayground.engine.export.RunLog;
import io.github.dlplayground.engine.model.DataInfo;
import io.github.dlplayground.engine.optim.OptimizerConfig;
import io.github.dlplayground.engine.spec.LrSchedule;
import io.github.dlplayground.engine.spec.SpecReport;
import io.github.dlplayground.engine.spec.TrainingConfig;
import io.github.dlplayground.engine.train.ConfusionMatrix;
import io.github.dlplayground.engine.train.Evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The notebook a student hands in: a title and summary, the hyperparameter table, the architecture table (each
 * layer's output shape and parameter count from the engine's shape inference), the PyTorch program as one code
 * cell per section under a short heading, and the app's results as outputs — the per-epoch log and the training
 * curves under the training cell, the final evaluation and the confusion matrix under the evaluation cell — and
 * as a table of test accuracy per class. Markdown in the language of {@link ExportTexts}.
 */
final class HomeworkNotebook {
    private HomeworkNotebook() {
    }

    static Notebook build(ExportRun run, PytorchScript script, ExportTexts t, LocalDate date, byte[] curves,
                          byte[] confusion) {
        Evaluation test = run.test();
        var nb = new Notebook();
        String title = t.get("export.nb.title", run.name(), run.dataset().displayName(t.language()));
        nb.markdown("title", "# " + title + "\n\n" + t.get("export.nb.intro", date.toString()) + "\n\n"
                + t.get("export.nb.summary", accuracy(test.accuracy()), run.history().size()));
        nb.markdown("hyperparameters", "## " + t.get("export.nb.hyper.heading") + "\n\n" + hyperparameters(run, t));
        nb.markdown("architecture", "## " + t.get("export.nb.arch.heading") + "\n\n" + t.get("export.nb.arch.intro")
                + "\n\n" + architecture(run, t));
        nb.markdown("code", "## " + t.get("export.nb.code.heading") + "\n\n" + t.get("export.nb.code.intro"));
        List<String> english = run.dataset().classNames();
        for (PytorchScript.Section s : script.sections()) {
            nb.markdown("about-" + s.id(), "### " + t.get("export.nb.code." + s.id()));
            switch (s.id()) {
                case "train" -> nb.code(s.id(), s.code(), new Notebook.Stream("stdout", RunLog.epochs(run.history())),
                        new Notebook.Image(curves, "<" + t.get("export.img.curves.title", run.name()) + ">"));
                case "evaluate" -> nb.code(s.id(), s.code(), new Notebook.Stream("stdout", RunLog.evaluation(test, english)),
                        new Notebook.Image(confusion, "<" + t.get("export.img.confusion.title", run.name(),
                                count(test.count())) + ">"));
                default -> nb.code(s.id(), s.code());
            }
        }
        nb.markdown("results", "## " + t.get("export.nb.results.heading") + "\n\n" + results(run, t));
        return nb;
    }

    private static String hyperparameters(ExportRun run, ExportTexts t) {
        TrainingConfig c = run.training();
        OptimizerConfig o = c.optimizer();
        var table = new MarkdownTable(List.of(t.get("export.nb.hyper.name"), t.get("export.nb.hyper.value")),
                List.of(false, false));
        table.row(t.get("export.nb.hyper.optimizer"), t.get("export.nb.opt." + o.kind()) + " (torch.optim."
                + torchClass(o.kind()) + ")");
        for (String h : o.hyperparameters()) {
            table.row(t.get("export.nb.hyper." + h), number(o.get(h)));
        }
        table.row(t.get("export.nb.hyper.batch"), Integer.toString(c.batchSize()));
        table.row(t.get("export.nb.hyper.epochs"), Integer.toString(c.epochs()));
        table.row(t.get("export.nb.hyper.schedule"), schedule(c.schedule(), t));
        table.row(t.get("export.nb.hyper.init"), t.get("export.nb.init." + c.init().jsonName()));
        table.row(t.get("export.nb.hyper.seed"), Long.toString(c.seed()));
        table.row(t.get("export.nb.hyper.trainingSet"),
                c.trainingSetSize() > 0 ? count(c.trainingSetSize()) : t.get("export.nb.all"));
        table.row(t.get("export.nb.hyper.validation"),
                c.validationFraction() > 0 ? number(c.validationFraction()) : t.get("export.nb.none"));
        if (run.trainedOn() != null) {
            table.row(t.get("export.nb.hyper.data"), data(run, run.trainedOn(), t));
        }
        return table.toString();
    }

    private static String architecture(ExportRun run, ExportTexts t) {
        SpecReport report = run.spec().validate();
        var table = new MarkdownTable(List.of(t.get("export.nb.arch.index"), t.get("export.nb.arch.layer"),
                t.get("export.nb.arch.shape"), t.get("export.nb.arch.params")), List.of(true, false, false, true));
        table.row("", t.get("export.nb.arch.input"), report.input().toString(), "");
        for (SpecReport.LayerInfo l : report.layers()) {
            table.row(Integer.toString(l.index() + 1), l.spec().describe(), l.output().toString(),
                    count(l.parameterCount()));
        }
        table.row("", "**" + t.get("export.nb.arch.total") + "**", "", "**" + count(report.parameterCount()) + "**");
        return table.toString();
    }

    private static String results(ExportRun run, ExportTexts t) {
        Evaluation test = run.test();
        var sb = new StringBuilder(t.get("export.nb.results.test", accuracy(test.accuracy()),
                String.format(Locale.ROOT, "%.4f", test.loss()), count(test.count())));
        if (run.testSource() != null) {
            String where = run.testSource().describe(t.language()).replaceAll("[.。]$", "");
            sb.append(' ').append(t.get("export.nb.results.data", where));
        }
        sb.append("\n\n");
        var table = new MarkdownTable(List.of(t.get("export.nb.results.class"), t.get("export.nb.results.accuracy"),
                t.get("export.nb.results.count")), List.of(false, true, true));
        ConfusionMatrix m = test.confusion();
        double[] acc = m.perClassAccuracy();
        List<String> names = run.dataset().classNames(t.language());
        for (int c = 0; c < acc.length; c++) {
            table.row(c + " " + names.get(c), Double.isNaN(acc[c]) ? "–" : accuracy(acc[c]), count(m.rowTotal(c)));
        }
        return sb.append(table).append('\n').append(t.get("export.nb.results.images")).toString();
    }

    private static String data(ExportRun run, DataInfo info, ExportTexts t) {
        String name = run.dataset().displayName(t.language());
        String train = count(info.trainCount());
        String tests = count(info.testCount());
        return ExportData.SAMPLE.equals(info.source()) ? t.get("export.nb.data.sample", name, train, tests)
                : t.get("export.nb.data.folder", name, train, tests, info.location());
    }

    private static String schedule(LrSchedule s, ExportTexts t) {
        if (s instanceof LrSchedule.Step step) {
            return t.get("export.nb.schedule.step", Integer.toString(step.stepSize()), number(step.gamma()));
        }
        if (s instanceof LrSchedule.Cosine cosine) {
            return t.get("export.nb.schedule.cosine", number(cosine.minLr()));
        }
        return t.get("export.nb.schedule.constant");
    }

    static String torchClass(String kind) {
        return switch (kind) {
            case "sgd", "momentum", "nesterov" -> "SGD";
            case "adagrad" -> "Adagrad";
            case "rmsprop" -> "RMSprop";
            case "adadelta" -> "Adadelta";
            case "adam" -> "Adam";
            default -> throw new IllegalArgumentException("unknown optimizer '" + kind + "'");
        };
    }

    static String accuracy(double a) {
        return String.format(Locale.ROOT, "%.4f", a);
    }

    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** Plain decimal notation down to 0.0001 (0.1, 0.9, 0.0001), powers of ten below that (1e-8, 2.5e-6). */
    static String number(double v) {
        if (!Double.isFinite(v)) {
            return Double.toString(v);
        }
        if (v != 0 && Math.abs(v) < 1e-4) {
            String[] parts = Double.toString(v).split("E");
            return parts[0].replaceAll("\\.0$", "") + "e" + parts[1];
        }
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
