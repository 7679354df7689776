package io.github.dlplayground.app.lesson.studio;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts the engine's design problems (English sentences from {@code SpecReport}, e.g. "Layer 3 (Linear): expects
 * 784 inputs but receives 256 — set in_features to 256") into Chinese with d2l-zh terms. Each known sentence
 * shape has a pattern; a sentence no pattern knows stays as the engine wrote it. Field names (in_features …)
 * stay as they are: they are what the property panel shows.
 */
final class ProblemText {
    private record Rule(Pattern pattern, String chinese) {
    }

    private static final Pattern LAYER = Pattern.compile("^Layer (\\d+) \\(([^)]+)\\): (.*)$", Pattern.DOTALL);

    private static final List<Rule> RULES = List.of(
            rule("expects a vector of (\\S+) inputs but receives (\\S+) — add Flatten before it",
                    "需要由 $1 个输入组成的向量，但收到的是 $2 —— 在它前面加一个 Flatten"),
            rule("expects (\\S+) inputs but receives (.+) — set in_features to (\\S+) or add Flatten",
                    "需要 $1 个输入，但收到 $2 —— 把 in_features 设为 $3，或在它前面加一个 Flatten"),
            rule("expects (\\S+) inputs but receives (\\S+) — set in_features to (\\S+)",
                    "需要 $1 个输入，但收到 $2 个 —— 把 in_features 设为 $3"),
            rule("expects (\\S+) input channels but receives (\\S+) with (\\S+) — set in_channels to (\\S+)",
                    "需要 $1 个输入通道，但收到的 $2 有 $3 个通道 —— 把 in_channels 设为 $4"),
            rule("normalises (\\S+) channels but receives (\\S+) with (\\S+) — set num_features to (\\S+)",
                    "要规范化 $1 个通道，但收到的 $2 有 $3 个通道 —— 把 num_features 设为 $4"),
            rule("normalises (\\S+) features but receives (\\S+) — set num_features to (\\S+)",
                    "要规范化 $1 个特征，但收到 $2 个 —— 把 num_features 设为 $3"),
            rule("its (\\S+) window does not fit into the (\\S+) input with padding (\\S+) — use a smaller "
                    + "kernel_size or more padding",
                    "它的 $1 窗口放不进 $2 的输入（填充 $3）—— 用更小的 kernel_size 或更多的填充（padding）"),
            rule("needs an image input \\(channels×height×width\\) but receives (.+) — move it before Flatten, or "
                    + "set the network input to channels×height×width",
                    "需要图像输入（通道×高×宽），但收到 $1 —— 把它移到 Flatten 之前"),
            rule("padding (\\S+) must be at most half of kernel_size (\\S+)",
                    "填充 $1 不能超过 kernel_size $2 的一半"),
            rule("(\\S+) must be at least 1, got (\\S+)", "$1 至少为 1，现在是 $2"),
            rule("(\\S+) must be zero or more, got (\\S+)", "$1 不能为负，现在是 $2"),
            rule("p must be in \\[0, 1\\), got (\\S+); the book uses 0.2 and 0.5",
                    "暂退概率 p 必须在 [0, 1) 内，现在是 $1；书中用 0.2 和 0.5"),
            rule("negative_slope must be a finite number, got (\\S+); PyTorch's default is 0.01",
                    "negative_slope 必须是有限的数，现在是 $1；PyTorch 的默认值是 0.01"),
            rule("the network has no layers — add at least one Linear layer",
                    "网络还没有层 —— 至少加一个 Linear 层"),
            rule("the network ends in (.+) outputs but the data has (\\d+) classes — set out_features of layer "
                    + "(\\d+) \\(Linear\\) to (\\d+)",
                    "网络输出 $1 个值，但数据有 $2 个类别 —— 把第 $3 层（Linear）的 out_features 设为 $4"),
            rule("the network ends in (.+) outputs but the data has (\\d+) classes — end the network with Flatten "
                    + "and Linear\\(…, (\\d+)\\)",
                    "网络输出 $1 个值，但数据有 $2 个类别 —— 在网络末尾加上 Flatten 和 Linear(…, $3)"));

    private ProblemText() {
    }

    private static Rule rule(String regex, String chinese) {
        return new Rule(Pattern.compile("^" + regex + "$", Pattern.DOTALL), chinese);
    }

    /** The sentence in Chinese when {@code chinese}, else unchanged. */
    static String of(String english, boolean chinese) {
        if (!chinese || english == null) {
            return english;
        }
        Matcher layer = LAYER.matcher(english);
        if (layer.matches()) {
            return "第 " + layer.group(1) + " 层（" + layer.group(2) + "）：" + body(layer.group(3));
        }
        return body(english);
    }

    private static String body(String english) {
        for (Rule r : RULES) {
            Matcher m = r.pattern().matcher(english);
            if (m.matches()) {
                return m.replaceFirst(r.chinese().replace("\\", "\\\\"));
            }
        }
        return english;
    }
}
