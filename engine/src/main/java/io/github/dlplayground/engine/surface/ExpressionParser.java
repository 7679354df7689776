package io.github.dlplayground.engine.surface;

import io.github.dlplayground.engine.surface.ExpressionException.Problem;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads a formula by recursive descent: expr = term (('+'|'−') term)*; term = unary (('*'|'/') unary)*
 * (a number or ')' directly followed by a name or '(' multiplies: 2x, 3(x+1)); unary = '−' unary | power;
 * power = primary ('^' unary)?, right-associative, so −x^2 = −(x²) and 2^−x works; primary = number | x |
 * y | pi | e | function '(' expr ')' | '(' expr ')'. ** is accepted for ^, × and · for *, − for -.
 */
final class ExpressionParser {
    static final Set<String> FUNCTIONS =
            Set.of("sin", "cos", "tan", "exp", "log", "ln", "sqrt", "abs", "tanh", "sigmoid");

    private enum Kind { NUMBER, NAME, PLUS, MINUS, STAR, SLASH, CARET, OPEN, CLOSE, END }

    private record Token(Kind kind, String text, int position) {
    }

    private final String source;
    private final int dimension;
    private final List<Token> tokens;
    private int next;

    private ExpressionParser(String source, int dimension) {
        this.source = source;
        this.dimension = dimension;
        this.tokens = tokenize(source);
    }

    static Expression parse(String formula, int dimension) {
        if (dimension != 1 && dimension != 2) {
            throw new IllegalArgumentException("a formula has 1 or 2 variables, not " + dimension);
        }
        String text = formula == null ? "" : formula;
        if (text.isBlank()) {
            throw new ExpressionException(Problem.EMPTY, 0, "");
        }
        var parser = new ExpressionParser(text, dimension);
        Node root = parser.expression();
        Token t = parser.peek();
        if (t.kind == Kind.CLOSE) {
            throw new ExpressionException(Problem.UNEXPECTED_TOKEN, t.position, ")");
        }
        if (t.kind != Kind.END) {
            throw new ExpressionException(Problem.UNEXPECTED_TOKEN, t.position, t.text);
        }
        return new Expression(text.trim(), dimension, root);
    }

    private Token peek() {
        return tokens.get(next);
    }

    private Token take() {
        return tokens.get(next++);
    }

    private Node expression() {
        Node left = term();
        while (peek().kind == Kind.PLUS || peek().kind == Kind.MINUS) {
            Kind op = take().kind;
            Node right = term();
            left = new Node.Binary(op == Kind.PLUS ? Node.Op.ADD : Node.Op.SUB, left, right);
        }
        return left;
    }

    private Node term() {
        Node left = unary();
        while (true) {
            Kind k = peek().kind;
            if (k == Kind.STAR || k == Kind.SLASH) {
                take();
                left = new Node.Binary(k == Kind.STAR ? Node.Op.MUL : Node.Op.DIV, left, unary());
            } else if ((k == Kind.NAME || k == Kind.OPEN) && next > 0
                    && (tokens.get(next - 1).kind == Kind.NUMBER || tokens.get(next - 1).kind == Kind.CLOSE)) {
                left = new Node.Binary(Node.Op.MUL, left, unary());
            } else {
                return left;
            }
        }
    }

    private Node unary() {
        Kind k = peek().kind;
        if (k == Kind.MINUS) {
            take();
            return new Node.Negate(unary());
        }
        if (k == Kind.PLUS) {
            take();
            return unary();
        }
        return power();
    }

    private Node power() {
        Node base = primary();
        if (peek().kind == Kind.CARET) {
            take();
            return new Node.Binary(Node.Op.POW, base, unary());
        }
        return base;
    }

    private Node primary() {
        Token t = take();
        switch (t.kind) {
            case NUMBER:
                try {
                    return new Node.Constant(Double.parseDouble(t.text));
                } catch (NumberFormatException e) {
                    throw new ExpressionException(Problem.BAD_NUMBER, t.position, t.text);
                }
            case NAME:
                return name(t);
            case OPEN: {
                Node inner = expression();
                expectClose();
                return inner;
            }
            case END:
                throw new ExpressionException(Problem.MISSING_OPERAND, t.position, "");
            default:
                throw new ExpressionException(Problem.UNEXPECTED_TOKEN, t.position, t.text);
        }
    }

    private Node name(Token t) {
        String n = t.text;
        switch (n) {
            case "x":
                return new Node.Variable(0);
            case "y":
                if (dimension == 1) {
                    throw new ExpressionException(Problem.VARIABLE_NOT_ALLOWED, t.position, n);
                }
                return new Node.Variable(1);
            case "pi":
            case "π":
                return new Node.Constant(Math.PI);
            case "e":
                return new Node.Constant(Math.E);
            default:
                break;
        }
        if (!FUNCTIONS.contains(n)) {
            throw new ExpressionException(Problem.UNKNOWN_NAME, t.position, n);
        }
        if (peek().kind != Kind.OPEN) {
            throw new ExpressionException(Problem.FUNCTION_NEEDS_PARENTHESES, t.position, n);
        }
        take();
        Node argument = expression();
        expectClose();
        return new Node.Call(Node.Function.valueOf(n.equals("ln") ? "LOG" : n.toUpperCase(java.util.Locale.ROOT)),
                argument);
    }

    private void expectClose() {
        Token t = peek();
        if (t.kind != Kind.CLOSE) {
            if (t.kind == Kind.END) {
                throw new ExpressionException(Problem.MISSING_CLOSING_PARENTHESIS, t.position, "");
            }
            throw new ExpressionException(Problem.UNEXPECTED_TOKEN, t.position, t.text);
        }
        take();
    }

    private static List<Token> tokenize(String s) {
        var out = new ArrayList<Token>();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (Character.isDigit(c) || (c == '.' && i + 1 < s.length() && Character.isDigit(s.charAt(i + 1)))) {
                int end = number(s, i);
                out.add(new Token(Kind.NUMBER, s.substring(i, end), i));
                i = end;
            } else if (Character.isLetter(c) || c == '_') {
                int end = i + 1;
                while (end < s.length() && (Character.isLetterOrDigit(s.charAt(end)) || s.charAt(end) == '_')) {
                    end++;
                }
                out.add(new Token(Kind.NAME, s.substring(i, end), i));
                i = end;
            } else if (c == '*' && i + 1 < s.length() && s.charAt(i + 1) == '*') {
                out.add(new Token(Kind.CARET, "**", i));
                i += 2;
            } else {
                Kind k = switch (c) {
                    case '+' -> Kind.PLUS;
                    case '-', '−' -> Kind.MINUS;
                    case '*', '×', '·' -> Kind.STAR;
                    case '/' -> Kind.SLASH;
                    case '^' -> Kind.CARET;
                    case '(' -> Kind.OPEN;
                    case ')' -> Kind.CLOSE;
                    default -> throw new ExpressionException(Problem.UNEXPECTED_CHARACTER, i, String.valueOf(c));
                };
                out.add(new Token(k, String.valueOf(c), i));
                i++;
            }
        }
        out.add(new Token(Kind.END, "", s.length()));
        return out;
    }

    /** End index of the number starting at i: digits, optional fraction, optional exponent e±digits. */
    private static int number(String s, int i) {
        int end = i;
        while (end < s.length() && (Character.isDigit(s.charAt(end)) || s.charAt(end) == '.')) {
            end++;
        }
        if (end < s.length() && (s.charAt(end) == 'e' || s.charAt(end) == 'E')) {
            int exp = end + 1;
            if (exp < s.length() && (s.charAt(exp) == '+' || s.charAt(exp) == '-')) {
                exp++;
            }
            if (exp < s.length() && Character.isDigit(s.charAt(exp))) {
                end = exp;
                while (end < s.length() && Character.isDigit(s.charAt(end))) {
                    end++;
                }
            }
        }
        return end;
    }
}
