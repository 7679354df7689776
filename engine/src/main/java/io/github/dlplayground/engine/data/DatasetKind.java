package io.github.dlplayground.engine.data;

import java.util.List;

/**
 * The two image datasets of the playground, with their class names in English and in Chinese
 * (d2l-zh's names for Fashion-MNIST) and the folder name used in caches and in sample-data.
 * Both hold 28×28 grey images of 10 classes in the same IDX files.
 */
public enum DatasetKind {
    FASHION_MNIST("fashion-mnist", "Fashion-MNIST", "Fashion-MNIST",
            List.of("T-shirt/top", "Trouser", "Pullover", "Dress", "Coat",
                    "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot"),
            List.of("T恤/上衣", "裤子", "套衫", "连衣裙", "外套", "凉鞋", "衬衫", "运动鞋", "包", "短靴")),
    MNIST("mnist", "MNIST digits", "MNIST 手写数字",
            List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"),
            List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"));

    private final String folderName;
    private final String displayName;
    private final String displayNameZh;
    private final List<String> classNames;
    private final List<String> classNamesZh;

    DatasetKind(String folderName, String displayName, String displayNameZh,
                List<String> classNames, List<String> classNamesZh) {
        this.folderName = folderName;
        this.displayName = displayName;
        this.displayNameZh = displayNameZh;
        this.classNames = classNames;
        this.classNamesZh = classNamesZh;
    }

    /** Folder name in the cache and in sample-data, e.g. "fashion-mnist". */
    public String folderName() {
        return folderName;
    }

    /** Name for people: "Fashion-MNIST" (language "zh": the Chinese name). */
    public String displayName(String language) {
        return isChinese(language) ? displayNameZh : displayName;
    }

    public int classCount() {
        return classNames.size();
    }

    /** Class names in English, index = label. */
    public List<String> classNames() {
        return classNames;
    }

    /** Class names for a language ("en" or "zh"; anything else gives English), index = label. */
    public List<String> classNames(String language) {
        return isChinese(language) ? classNamesZh : classNames;
    }

    public String className(int label, String language) {
        return classNames(language).get(label);
    }

    /** Looks a kind up by its folder name ("fashion-mnist", "mnist"); null when unknown. */
    public static DatasetKind fromFolderName(String name) {
        for (DatasetKind k : values()) {
            if (k.folderName.equalsIgnoreCase(name)) {
                return k;
            }
        }
        return null;
    }

    static boolean isChinese(String language) {
        return language != null && language.toLowerCase(java.util.Locale.ROOT).startsWith("zh");
    }
}
