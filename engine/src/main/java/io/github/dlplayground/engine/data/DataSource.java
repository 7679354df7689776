package io.github.dlplayground.engine.data;

import java.util.List;

/**
 * Where a loaded dataset came from, for the status line and {@code info}: the kind of source, its location
 * (a folder, or "classpath:/sample-data/…"), how many training and test images it gave, and notes on
 * sources tried before it (e.g. "download failed: no network"). {@link #describe(String)} writes a sentence
 * in English or Chinese; {@link #fullSetHint(String)} says how to get the full set when this is the sample.
 */
public record DataSource(DatasetKind dataset, Kind kind, String location, int trainCount, int testCount,
                         List<String> notes) {

    /** The places tried, in order. */
    public enum Kind {
        /** A folder the user chose (setting or --data DIR). */
        USER_FOLDER,
        /** Files downloaded earlier into the user cache folder. */
        CACHE,
        /** Debian/Ubuntu's package dataset-fashion-mnist in /usr/share/datasets/fashion-mnist. */
        SYSTEM_PACKAGE,
        /** Downloaded just now (then kept in the cache). */
        DOWNLOAD,
        /** The small subset shipped with the app. */
        SAMPLE
    }

    public DataSource {
        notes = List.copyOf(notes);
    }

    /** True unless this is the shipped subset. */
    public boolean isFullSet() {
        return kind != Kind.SAMPLE;
    }

    /** English sentence, e.g. "Fashion-MNIST from the Debian package … (60,000 training + 10,000 test images)." */
    public String describe() {
        return describe("en");
    }

    /** One sentence for the status line in "en" or "zh". */
    public String describe(String language) {
        boolean zh = DatasetKind.isChinese(language);
        String name = dataset.displayName(language);
        String counts = zh
                ? String.format("（%,d 张训练图像 + %,d 张测试图像）", trainCount, testCount)
                : String.format(" (%,d training + %,d test images)", trainCount, testCount);
        String where = switch (kind) {
            case USER_FOLDER -> zh ? "来自你选择的文件夹 " + location : " from your folder " + location;
            case CACHE -> zh ? "来自下载缓存 " + location : " from the download cache " + location;
            case SYSTEM_PACKAGE -> zh ? "来自 Debian 软件包 dataset-fashion-mnist（" + location + "）"
                    : " from the Debian package dataset-fashion-mnist (" + location + ")";
            case DOWNLOAD -> zh ? "已下载到 " + location : " downloaded to " + location;
            case SAMPLE -> zh ? "：随程序附带的子集" : ": the subset shipped with the app";
        };
        return zh ? name + where + counts + "。" : name + where + counts + ".";
    }

    /** How to get the full set, or "" when this already is one. */
    public String fullSetHint(String language) {
        if (isFullSet()) {
            return "";
        }
        boolean zh = DatasetKind.isChinese(language);
        if (dataset == DatasetKind.FASHION_MNIST) {
            return zh ? "获取完整数据集（60,000 + 10,000 张）：运行 sudo apt-get install dataset-fashion-mnist，"
                    + "或联网后自动下载，或在设置中（命令行：--data 目录）选择存放四个 IDX 文件的文件夹。"
                    : "For the full set (60,000 + 10,000 images): sudo apt-get install dataset-fashion-mnist, "
                    + "or go online to download it, or choose a folder with the four IDX files in Settings "
                    + "(command line: --data DIR).";
        }
        return zh ? "使用完整的 MNIST：在设置中（命令行：--data 目录）选择一个含 mnist 子文件夹的文件夹，"
                + "其中放四个 IDX 文件（train-images-idx3-ubyte.gz 等）。"
                : "For the full MNIST set: choose a folder in Settings (command line: --data DIR) with a "
                + "subfolder mnist holding the four IDX files (train-images-idx3-ubyte.gz …).";
    }
}
