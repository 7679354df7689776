package io.github.dlplayground.engine.surface;

/** The parsed tree of a formula. */
sealed interface Node {
    enum Op { ADD, SUB, MUL, DIV, POW }

    enum Function { SIN, COS, TAN, EXP, LOG, SQRT, ABS, TANH, SIGMOID }

    record Constant(double value) implements Node {
    }

    /** x (index 0) or y (index 1). */
    record Variable(int index) implements Node {
    }

    record Negate(Node operand) implements Node {
    }

    record Binary(Op op, Node left, Node right) implements Node {
    }

    record Call(Function function, Node argument) implements Node {
    }
}
