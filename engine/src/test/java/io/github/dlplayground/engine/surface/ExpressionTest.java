package io.github.dlplayground.engine.surface;

import io.github.dlplayground.engine.surface.ExpressionException.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

class ExpressionTest {
    private static double at(String formula, double x, double y) {
        return Surfaces.parse(formula, 2).value(x, y);
    }

    @Test
    void followsTheUsualPrecedence() {
        assertThat(at("-x^2", 3, 0)).isEqualTo(-9);
        assertThat(at("2^3^2", 0, 0)).isEqualTo(512);
        assertThat(at("2^-1", 0, 0)).isEqualTo(0.5);
        assertThat(at("1 - 2 - 3", 0, 0)).isEqualTo(-4);
        assertThat(at("8 / 4 / 2", 0, 0)).isEqualTo(1);
        assertThat(at("x + 2*y^2", 1, 3)).isEqualTo(19);
        assertThat(at("2x^2 + 3(y + 1)", 3, 1)).isEqualTo(24);
        assertThat(at("(x + 1)(x - 1)", 3, 0)).isEqualTo(8);
        assertThat(at("x**2 − 1", 3, 0)).isEqualTo(8);
        assertThat(at("2 × x · y", 2, 3)).isEqualTo(12);
    }

    @Test
    void knowsConstantsFunctionsAndNumberForms() {
        assertThat(at("pi", 0, 0)).isEqualTo(Math.PI);
        assertThat(at("e", 0, 0)).isEqualTo(Math.E);
        assertThat(at("2e", 0, 0)).isEqualTo(2 * Math.E);
        assertThat(at("1.5e-3 + .5", 0, 0)).isEqualTo(0.5015);
        assertThat(at("sigmoid(0) + abs(-2) + sqrt(9) + ln(e) + log(1)", 0, 0)).isEqualTo(6.5);
        assertThat(at("sin(pi/2) + cos(0) + tan(0) + exp(0) + tanh(0)", 0, 0)).isCloseTo(3, within(1e-15));
    }

    @Test
    void gradientsMatchFiniteDifferencesAtManyRandomPoints() {
        String[] formulas = {
            "x^2 + 2*y^2", "sin(x)*cos(y) + x*y", "exp(-(x^2 + y^2)/3) * (x - y)", "log(1 + x^2 + y^2)",
            "sqrt(1 + x^2 + y^4)", "tanh(x*y) - sigmoid(x - 2*y)", "x / (2 + cos(y))", "(1 - x)^2 + 100*(y - x^2)^2",
            "abs(x - 0.3) + abs(y)^1.5", "tan(0.3*x) + x^y", "-x^3 + 2^(0.5*y)", "(x + y)^2 / (1 + y^2)",
            "x*cos(pi*x) + e^(y/4)",
        };
        var random = new Random(7);
        double[] g = new double[2];
        for (String formula : formulas) {
            Expression f = Surfaces.parse(formula, 2);
            for (int n = 0; n < 200; n++) {
                double x = -2 + 4 * random.nextDouble();
                double y = -2 + 4 * random.nextDouble();
                if (formula.contains("x^y")) {
                    x = 0.2 + 1.8 * random.nextDouble();
                }
                double value = f.gradient(x, y, g);
                assertThat(value).isEqualTo(f.value(x, y));
                double h = 1e-6;
                double nx = (f.value(x + h, y) - f.value(x - h, y)) / (2 * h);
                double ny = (f.value(x, y + h) - f.value(x, y - h)) / (2 * h);
                double scale = 1 + Math.abs(nx) + Math.abs(ny);
                assertThat(g[0]).as("∂/∂x of %s at (%f, %f)", formula, x, y).isCloseTo(nx, within(2e-6 * scale));
                assertThat(g[1]).as("∂/∂y of %s at (%f, %f)", formula, x, y).isCloseTo(ny, within(2e-6 * scale));
            }
        }
    }

    @Test
    void oneVariableFormulaHasZeroSecondComponent() {
        Expression f = Surfaces.parse("x^3 - 2*x", 1);
        double[] g = {9, 9};
        assertThat(f.gradient(2, 5, g)).isEqualTo(4);
        assertThat(g).containsExactly(10, 0);
        assertThat(f.dimension()).isEqualTo(1);
    }

    @Test
    void constantExponentOfNegativeBaseHasAFiniteGradient() {
        double[] g = new double[2];
        Surfaces.parse("x^3 + y", 2).gradient(-2, 1, g);
        assertThat(g).containsExactly(12, 1);
        Surfaces.parse("sqrt(x) + y", 2).gradient(0, 1, g);
        assertThat(g[1]).isEqualTo(1);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "x^2 + * y      | UNEXPECTED_TOKEN            | 6  | *",
        "sin x          | FUNCTION_NEEDS_PARENTHESES  | 0  | sin",
        "(x + 1         | MISSING_CLOSING_PARENTHESIS | 6  | ''",
        "x + z          | UNKNOWN_NAME                | 4  | z",
        "3xy            | UNKNOWN_NAME                | 1  | xy",
        "x # 2          | UNEXPECTED_CHARACTER        | 2  | #",
        "x +            | MISSING_OPERAND             | 3  | ''",
        "x)             | UNEXPECTED_TOKEN            | 1  | )",
        "1.2.3 + x      | BAD_NUMBER                  | 0  | 1.2.3",
        "sin(x y)       | UNEXPECTED_TOKEN            | 6  | y",
        "exp()          | UNEXPECTED_TOKEN            | 4  | )",
    })
    void reportsTheProblemAndItsPosition(String formula, Problem problem, int position, String token) {
        var e = catchThrowableOfType(() -> Surfaces.parse(formula, 2), ExpressionException.class);
        assertThat(e.problem()).isEqualTo(problem);
        assertThat(e.position()).isEqualTo(position);
        assertThat(e.token()).isEqualTo(token);
        assertThat(e.getMessage()).contains("column " + (position + 1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void emptyFormulaSaysWhatToType(String formula) {
        var e = catchThrowableOfType(() -> Surfaces.parse(formula, 2), ExpressionException.class);
        assertThat(e.problem()).isEqualTo(Problem.EMPTY);
        assertThat(e.getMessage()).contains("x^2 + 2*y^2");
    }

    @Test
    void yIsNotAVariableOfACurve() {
        var e = catchThrowableOfType(() -> Surfaces.parse("x + y", 1), ExpressionException.class);
        assertThat(e.problem()).isEqualTo(Problem.VARIABLE_NOT_ALLOWED);
        assertThat(e.position()).isEqualTo(4);
        assertThat(e.getMessage()).isEqualTo("'y' at column 5 is not a variable of a one-variable function: use x");
    }

    @Test
    void rejectsOtherDimensions() {
        assertThatThrownBy(() -> Surfaces.parse("x", 3)).hasMessageContaining("1 or 2 variables");
    }
}
