package io.github.dlplayground.app;

import io.github.dlplayground.engine.util.Simd;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class VectorRelaunchTest {
    @Test
    void theSecondJvmGetsTheModuleTheMarkerTheOptionsTheClassPathAndTheArguments() {
        List<String> command = VectorRelaunch.command("/opt/java/bin/java", List.of("-Xmx2g", "-Dx=y"), "a.jar:b.jar",
                new String[] {"bench", "step", "--preset", "lenet"}, 17);
        assertThat(command).containsExactly("/opt/java/bin/java", "-Xmx2g", "-Dx=y", "--add-modules",
                Simd.MODULE, "-D" + VectorRelaunch.MARKER + "=true", "-cp", "a.jar:b.jar", Main.class.getName(),
                "bench", "step", "--preset", "lenet");
    }

    @Test
    void fromJava22OnTheSecondJvmAlsoGetsTheNativeAccessTheManifestGrants() {
        List<String> command = VectorRelaunch.command("java", List.of(), "a.jar", new String[] {"info"}, 25);
        assertThat(command).containsSubsequence("java", "--enable-native-access=ALL-UNNAMED", "--add-modules");
        List<String> given = VectorRelaunch.command("java", List.of("--enable-native-access=M"), "a.jar",
                new String[] {"info"}, 25);
        assertThat(given).filteredOn(a -> a.startsWith("--enable-native-access")).containsExactly(
                "--enable-native-access=M");
    }

    @Test
    void noSecondJvmWhenTheModuleIsAlreadyThereOrUnderADebugger() {
        // The tests run with --add-modules jdk.incubator.vector: nothing to gain from a second JVM.
        assertThat(Simd.available()).isTrue();
        assertThat(VectorRelaunch.wanted(List.of())).isFalse();
        assertThat(VectorRelaunch.wanted(List.of("-agentlib:jdwp=transport=dt_socket"))).isFalse();
    }

    @Test
    void theIncubatorNoticeIsLeftOutAndEverythingElseIsCopied() {
        String err = VectorRelaunch.NOTICE + "\nfirst line\n" + "  " + VectorRelaunch.NOTICE + " and more\nlast";
        var out = new ByteArrayOutputStream();
        VectorRelaunch.copyWithoutNotice(new ByteArrayInputStream(err.getBytes(StandardCharsets.UTF_8)), out);
        assertThat(out.toString(StandardCharsets.UTF_8))
                .isEqualTo("first line\n  " + VectorRelaunch.NOTICE + " and more\nlast");
    }
}
