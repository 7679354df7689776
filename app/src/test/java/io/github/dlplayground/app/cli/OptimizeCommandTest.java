package io.github.dlplayground.app.cli;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;

class OptimizeCommandTest {
    private record Result(int exit, String out, String err) {
        String[] lines() {
            return out.strip().split("\\R");
        }
    }

    private static Result run(String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        int exit = CommandLineRunner.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(exit, out.toString(), err.toString());
    }

    @Test
    void csvPrintsTheStartAndEveryStep() {
        Result r = run("optimize", "--surface", "quadratic", "--optimizer", "sgd", "--lr", "0.1",
                "--start", "-5,-2", "--steps", "3", "--csv");
        assertThat(r.exit()).isZero();
        // x ← 0.8x, y ← 0.6y on x² + 2y²; x and y are float32, f is evaluated at them (y = −1.2f ≈ −1.20000005)
        assertThat(r.lines()).containsExactly(
                "step,x,y,f",
                "0,-5.0,-2.0,33.0",
                "1,-4.0,-1.2,18.880001",
                "2,-3.2,-0.72,11.2768",
                "3,-2.56,-0.432,6.926848");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void tableHasADescriptionAndAlignedColumns() {
        Result r = run("optimize", "--surface", "quadratic", "--optimizer", "adam", "--steps", "2");
        assertThat(r.exit()).isZero();
        assertThat(r.lines()[0]).isEqualTo("# Adam(lr=0.001, beta1=0.9, beta2=0.999, eps=1.0E-8, weight_decay=0.0) on "
                + "quadratic f = x^2 + 2*y^2");
        assertThat(r.lines()[1].trim().split("\\s+")).containsExactly("step", "x", "y", "f");
        // the preset's start (−5, −2), then Adam's first step of about lr: (−4.999, −1.999)
        assertThat(r.lines()[2].trim().split("\\s+")).containsExactly("0", "-5.0", "-2.0", "33.0");
        assertThat(r.lines()[3].trim().split("\\s+")[1]).isEqualTo("-4.999");
        assertThat(r.lines()).hasSize(5);
    }

    @Test
    void divergencePrintsTheStepThenALineAndExitsZero() {
        Result r = run("optimize", "--surface", "quadratic", "--optimizer", "sgd", "--lr", "1.1",
                "--start", "-5,-2", "--steps", "50");
        assertThat(r.exit()).isZero();
        String[] lines = r.lines();
        assertThat(lines[lines.length - 2].trim()).startsWith("5 ");
        assertThat(lines[lines.length - 1]).startsWith("diverged at step 5: |f| = 1.65e+06 exceeds 1e6")
                .contains("smaller learning rate");
    }

    @Test
    void divergenceInCsvGoesToStandardError() {
        Result r = run("optimize", "--function", "x^2 + 2*y^2", "--optimizer", "sgd", "--lr", "1.1",
                "--start", "-5,-2", "--steps", "50", "--csv");
        assertThat(r.exit()).isZero();
        assertThat(r.lines()).hasSize(7);
        assertThat(r.err()).startsWith("diverged at step 5");
    }

    @Test
    void oneVariableFunctionTakesOneStartNumber() {
        Result r = run("optimize", "--function", "x^3", "--optimizer", "sgd", "--lr", "0.1", "--start", "1",
                "--steps", "1", "--csv");
        assertThat(r.exit()).isZero();
        // x ← 1 − 0.1·3·1² = 0.7, f = 0.343
        assertThat(r.lines()).containsExactly("step,x,f", "0,1.0,1.0", "1,0.7,0.343");
        Result preset = run("optimize", "--surface", "cubic", "--optimizer", "sgd", "--lr", "0.1", "--start", "1,2",
                "--steps", "1");
        assertThat(preset.exit()).isEqualTo(1);
        assertThat(preset.err()).isEqualTo("error: --start takes one number X for cubic, got '1,2'\n");
    }

    @Test
    void badExpressionExitsOneWithItsColumn() {
        Result r = run("optimize", "--function", "x^2 + * y", "--optimizer", "adam", "--start", "1,1",
                "--steps", "3");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("error: --function \"x^2 + * y\": unexpected '*' at column 7\n");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void unknownNamesExitOneListingTheValidOnes() {
        Result surface = run("optimize", "--surface", "bowl", "--optimizer", "adam", "--steps", "3");
        assertThat(surface.exit()).isEqualTo(1);
        assertThat(surface.err()).startsWith("error: unknown surface 'bowl'; valid names: quadratic");
        Result optimizer = run("optimize", "--surface", "quadratic", "--optimizer", "lion", "--steps", "3");
        assertThat(optimizer.exit()).isEqualTo(1);
        assertThat(optimizer.err()).startsWith("error: unknown optimizer 'lion'; valid names: sgd, momentum");
    }

    @Test
    void sgdNeedsALearningRateAndFlagsMustApply() {
        Result noLr = run("optimize", "--surface", "quadratic", "--optimizer", "momentum", "--steps", "3");
        assertThat(noLr.exit()).isEqualTo(1);
        assertThat(noLr.err()).contains("momentum needs --lr");
        Result wrongFlag = run("optimize", "--surface", "quadratic", "--optimizer", "sgd", "--lr", "0.1",
                "--beta1", "0.8", "--steps", "3");
        assertThat(wrongFlag.exit()).isEqualTo(1);
        assertThat(wrongFlag.err()).contains("--beta1 does not apply to sgd, which reads --lr, --momentum");
        Result badBeta = run("optimize", "--surface", "quadratic", "--optimizer", "adam", "--beta2", "1",
                "--steps", "3");
        assertThat(badBeta.exit()).isEqualTo(1);
        assertThat(badBeta.err()).contains("beta2 must be in [0, 1), got 1.0");
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(run("optimize", "--surface", "quadratic", "--function", "x", "--optimizer", "adam",
                "--steps", "1").exit()).isEqualTo(2);
        assertThat(run("optimize", "--surface", "quadratic", "--optimizer", "adam").exit()).isEqualTo(2);
        assertThat(run("optimize", "--surface", "quadratic", "--optimizer", "adam", "--steps", "x").exit())
                .isEqualTo(2);
    }

    @Test
    void sameSeedSameNoise() {
        String[] args = {"optimize", "--surface", "quadratic", "--optimizer", "sgd", "--lr", "0.05", "--noise", "1",
            "--seed", "7", "--steps", "5", "--csv"};
        Result a = run(args);
        Result b = run(args);
        assertThat(a.out()).isEqualTo(b.out());
        Result quiet = run("optimize", "--surface", "quadratic", "--optimizer", "sgd", "--lr", "0.05", "--steps", "5",
                "--csv");
        assertThat(a.out()).isNotEqualTo(quiet.out());
    }
}
