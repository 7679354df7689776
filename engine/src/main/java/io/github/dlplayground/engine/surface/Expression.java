package io.github.dlplayground.engine.surface;

import java.util.ArrayList;
import java.util.List;

/**
 * A typed formula as a surface, with its exact gradient by forward-mode automatic differentiation: the
 * parsed tree is flattened into postfix code, and each instruction carries its value and its derivatives
 * (∂/∂x, ∂/∂y) by the chain rule, e.g. (a·b)' = a'·b + a·b', sin(a)' = cos(a)·a'. Immutable and
 * thread-safe (each thread evaluates on its own stacks).
 */
public final class Expression implements Surface {
    private static final byte CONST = 0;
    private static final byte VAR_X = 1;
    private static final byte VAR_Y = 2;
    private static final byte NEG = 3;
    private static final byte FIRST_BINARY = 4;
    private static final byte FIRST_CALL = (byte) (FIRST_BINARY + Node.Op.values().length);

    private final String formula;
    private final int dimension;
    private final byte[] code;
    private final double[] constants;
    private final int depth;
    private final ThreadLocal<double[]> stacks;

    Expression(String formula, int dimension, Node root) {
        this.formula = formula;
        this.dimension = dimension;
        var ops = new ArrayList<Byte>();
        var consts = new ArrayList<Double>();
        this.depth = emit(root, ops, consts);
        code = new byte[ops.size()];
        constants = new double[ops.size()];
        for (int i = 0; i < code.length; i++) {
            code[i] = ops.get(i);
            constants[i] = consts.get(i);
        }
        int size = depth;
        stacks = ThreadLocal.withInitial(() -> new double[3 * size]);
    }

    /** Appends the postfix code of the node; returns the stack depth it needs. */
    private static int emit(Node node, List<Byte> ops, List<Double> consts) {
        if (node instanceof Node.Constant c) {
            ops.add(CONST);
            consts.add(c.value());
            return 1;
        }
        if (node instanceof Node.Variable v) {
            ops.add(v.index() == 0 ? VAR_X : VAR_Y);
            consts.add(0.0);
            return 1;
        }
        if (node instanceof Node.Negate n) {
            int d = emit(n.operand(), ops, consts);
            ops.add(NEG);
            consts.add(0.0);
            return d;
        }
        if (node instanceof Node.Binary b) {
            int left = emit(b.left(), ops, consts);
            int right = emit(b.right(), ops, consts);
            ops.add((byte) (FIRST_BINARY + b.op().ordinal()));
            consts.add(0.0);
            return Math.max(left, right + 1);
        }
        var call = (Node.Call) node;
        int d = emit(call.argument(), ops, consts);
        ops.add((byte) (FIRST_CALL + call.function().ordinal()));
        consts.add(0.0);
        return d;
    }

    /** The formula as typed (trimmed). */
    public String formula() {
        return formula;
    }

    @Override
    public int dimension() {
        return dimension;
    }

    @Override
    public double value(double x, double y) {
        double[] v = stacks.get();
        int top = -1;
        for (int i = 0; i < code.length; i++) {
            byte op = code[i];
            switch (op) {
                case CONST -> v[++top] = constants[i];
                case VAR_X -> v[++top] = x;
                case VAR_Y -> v[++top] = y;
                case NEG -> v[top] = -v[top];
                default -> {
                    if (op < FIRST_CALL) {
                        double b = v[top--];
                        v[top] = binary(op, v[top], b);
                    } else {
                        v[top] = call(op, v[top]);
                    }
                }
            }
        }
        return v[0];
    }

    private static double binary(byte op, double a, double b) {
        return switch (op - FIRST_BINARY) {
            case 0 -> a + b;
            case 1 -> a - b;
            case 2 -> a * b;
            case 3 -> a / b;
            default -> Math.pow(a, b);
        };
    }

    private static double call(byte op, double a) {
        return switch (op - FIRST_CALL) {
            case 0 -> Math.sin(a);
            case 1 -> Math.cos(a);
            case 2 -> Math.tan(a);
            case 3 -> Math.exp(a);
            case 4 -> Math.log(a);
            case 5 -> Math.sqrt(a);
            case 6 -> Math.abs(a);
            case 7 -> Math.tanh(a);
            default -> 1 / (1 + Math.exp(-a));
        };
    }

    @Override
    public double gradient(double x, double y, double[] out) {
        double[] s = stacks.get();
        // three stacks in one array: values at [0, depth), ∂/∂x at [depth, 2·depth), ∂/∂y at [2·depth, 3·depth)
        int dx = depth;
        int dy = 2 * depth;
        int top = -1;
        for (int i = 0; i < code.length; i++) {
            byte op = code[i];
            if (op == CONST || op == VAR_X || op == VAR_Y) {
                top++;
                s[top] = op == CONST ? constants[i] : op == VAR_X ? x : y;
                s[dx + top] = op == VAR_X ? 1 : 0;
                s[dy + top] = op == VAR_Y ? 1 : 0;
            } else if (op == NEG) {
                s[top] = -s[top];
                s[dx + top] = -s[dx + top];
                s[dy + top] = -s[dy + top];
            } else if (op < FIRST_CALL) {
                top--;
                binaryTangent(op, s, top, dx, dy);
            } else {
                callTangent(op, s, top, dx, dy);
            }
        }
        out[0] = s[dx];
        out[1] = dimension == 2 ? s[dy] : 0;
        return s[0];
    }

    /** Combines the operands at top and top + 1 into top, with their derivatives. */
    private static void binaryTangent(byte op, double[] s, int top, int dx, int dy) {
        double a = s[top];
        double b = s[top + 1];
        double ax = s[dx + top];
        double ay = s[dy + top];
        double bx = s[dx + top + 1];
        double by = s[dy + top + 1];
        switch (op - FIRST_BINARY) {
            case 0 -> { s[top] = a + b; s[dx + top] = ax + bx; s[dy + top] = ay + by; }
            case 1 -> { s[top] = a - b; s[dx + top] = ax - bx; s[dy + top] = ay - by; }
            case 2 -> {
                s[top] = a * b;
                s[dx + top] = scale(b, ax) + scale(a, bx);
                s[dy + top] = scale(b, ay) + scale(a, by);
            }
            case 3 -> {
                // (a/b)' = a'/b − a·b'/b²
                s[top] = a / b;
                s[dx + top] = scale(1 / b, ax) - scale(a / (b * b), bx);
                s[dy + top] = scale(1 / b, ay) - scale(a / (b * b), by);
            }
            default -> {
                // (a^b)' = b·a^(b−1)·a' + a^b·ln(a)·b'; a term whose tangent is 0 is left out, so that a
                // constant exponent of a negative base (x^3 at x < 0) does not bring in ln of a negative
                double v = Math.pow(a, b);
                double da = (ax != 0 || ay != 0) ? b * Math.pow(a, b - 1) : 0;
                double db = (bx != 0 || by != 0) ? v * Math.log(a) : 0;
                s[top] = v;
                s[dx + top] = scale(da, ax) + scale(db, bx);
                s[dy + top] = scale(da, ay) + scale(db, by);
            }
        }
    }

    /** Applies a function to the value at top: f(a)' = f'(a)·a'. */
    private static void callTangent(byte op, double[] s, int top, int dx, int dy) {
        double a = s[top];
        double v;
        double d;
        switch (op - FIRST_CALL) {
            case 0 -> { v = Math.sin(a); d = Math.cos(a); }
            case 1 -> { v = Math.cos(a); d = -Math.sin(a); }
            case 2 -> { v = Math.tan(a); d = 1 + v * v; }
            case 3 -> { v = Math.exp(a); d = v; }
            case 4 -> { v = Math.log(a); d = 1 / a; }
            case 5 -> { v = Math.sqrt(a); d = 0.5 / v; }
            case 6 -> { v = Math.abs(a); d = Math.signum(a); }
            case 7 -> { v = Math.tanh(a); d = 1 - v * v; }
            default -> { v = 1 / (1 + Math.exp(-a)); d = v * (1 - v); }
        }
        s[top] = v;
        s[dx + top] = scale(d, s[dx + top]);
        s[dy + top] = scale(d, s[dy + top]);
    }

    /** factor · tangent, where a zero tangent stays zero even for an infinite factor (y does not move x). */
    private static double scale(double factor, double tangent) {
        return tangent == 0 ? 0 : factor * tangent;
    }

    @Override
    public String toString() {
        return formula;
    }
}
