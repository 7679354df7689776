package io.github.dlplayground.engine.surface;

/**
 * A formula that cannot be read, with where and why: {@link #position()} is the 0-based index of the
 * offending character (the formula's length when something is missing at the end), {@link #problem()}
 * the kind of mistake and {@link #token()} the text involved, so a UI can say it in any language.
 */
public final class ExpressionException extends IllegalArgumentException {
    /** The kinds of mistakes, each with its English sentence ({0} = token, {1} = column). */
    public enum Problem {
        EMPTY("the formula is empty: type one, e.g. x^2 + 2*y^2"),
        UNEXPECTED_CHARACTER("unexpected character ''{0}'' at column {1}"),
        BAD_NUMBER("''{0}'' at column {1} is not a number"),
        UNKNOWN_NAME("unknown name ''{0}'' at column {1}: use x, y, pi, e or a function such as sin(x); "
                + "write products with * (x*y)"),
        VARIABLE_NOT_ALLOWED("''{0}'' at column {1} is not a variable of a one-variable function: use x"),
        FUNCTION_NEEDS_PARENTHESES("the function ''{0}'' at column {1} needs its argument in parentheses, "
                + "e.g. {0}(x)"),
        UNEXPECTED_TOKEN("unexpected ''{0}'' at column {1}"),
        MISSING_OPERAND("a number, a variable or ''('' is missing at column {1}"),
        MISSING_CLOSING_PARENTHESIS("'')'' is missing at column {1} to close the ''('' opened before");

        private final String pattern;

        Problem(String pattern) {
            this.pattern = pattern;
        }

        /** The English sentence; {0} is the token, {1} the 1-based column. */
        public String pattern() {
            return pattern;
        }
    }

    private final Problem problem;
    private final int position;
    private final String token;

    public ExpressionException(Problem problem, int position, String token) {
        super(java.text.MessageFormat.format(problem.pattern(), token, position + 1));
        this.problem = problem;
        this.position = position;
        this.token = token;
    }

    public Problem problem() {
        return problem;
    }

    /** 0-based index into the formula. */
    public int position() {
        return position;
    }

    /** 1-based column for people. */
    public int column() {
        return position + 1;
    }

    public String token() {
        return token;
    }
}
