// Recursive-descent parser for the toy language: statements, function definitions and
// expressions with precedence climbing (comparison < additive < multiplicative).
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

final class Parser {
    private final List<Lexer.Token> toks;
    private final Map<String, Ast.Fn> fns;
    private int pos;

    Parser(List<Lexer.Token> toks, Map<String, Ast.Fn> fns) {
        this.toks = toks;
        this.fns = fns;
    }

    private Lexer.Token peek() {
        return toks.get(pos);
    }

    private boolean at(String text) {
        return peek().text().equals(text) && peek().kind() != Lexer.Kind.NUM;
    }

    private Lexer.Token expect(String text) {
        Lexer.Token t = toks.get(pos);
        if (!t.text().equals(text)) {
            throw new IllegalArgumentException("line " + t.line() + ": expected '" + text + "' but found '" + t.text() + "'");
        }
        pos++;
        return t;
    }

    List<Ast.Stmt> program() {
        List<Ast.Stmt> out = new ArrayList<>();
        while (peek().kind() != Lexer.Kind.EOF) {
            if (at("fn")) {
                function();
            } else {
                out.add(statement());
            }
        }
        return out;
    }

    private void function() {
        expect("fn");
        String name = toks.get(pos++).text();
        expect("(");
        List<String> params = new ArrayList<>();
        while (!at(")")) {
            params.add(toks.get(pos++).text());
            if (at(",")) {
                pos++;
            }
        }
        expect(")");
        fns.put(name, new Ast.Fn(params, block()));
    }

    private Ast.Stmt block() {
        expect("{");
        List<Ast.Stmt> body = new ArrayList<>();
        while (!at("}")) {
            body.add(statement());
        }
        expect("}");
        return new Ast.Block(body);
    }

    private Ast.Stmt statement() {
        if (at("let")) {
            pos++;
            String name = toks.get(pos++).text();
            expect("=");
            Ast.Expr e = expr();
            expect(";");
            return new Ast.Let(name, e);
        }
        if (at("print")) {
            pos++;
            Ast.Expr e = expr();
            expect(";");
            return new Ast.Print(e);
        }
        if (at("return")) {
            pos++;
            Ast.Expr e = expr();
            expect(";");
            return new Ast.Return(e);
        }
        if (at("while")) {
            pos++;
            expect("(");
            Ast.Expr c = expr();
            expect(")");
            return new Ast.While(c, block());
        }
        if (at("if")) {
            pos++;
            expect("(");
            Ast.Expr c = expr();
            expect(")");
            Ast.Stmt then = block();
            Ast.Stmt otherwise = null;
            if (at("else")) {
                pos++;
                otherwise = at("if") ? statement() : block();
            }
            return new Ast.If(c, then, otherwise);
        }
        if (at("{")) {
            return block();
        }
        throw new IllegalArgumentException("line " + peek().line() + ": unexpected '" + peek().text() + "'");
    }

    Ast.Expr expr() {
        Ast.Expr l = additive();
        while (at("<") || at(">") || at("<=") || at(">=") || at("==") || at("!=")) {
            String op = toks.get(pos++).text();
            l = new Ast.Bin(op, l, additive());
        }
        return l;
    }

    private Ast.Expr additive() {
        Ast.Expr l = term();
        while (at("+") || at("-")) {
            String op = toks.get(pos++).text();
            l = new Ast.Bin(op, l, term());
        }
        return l;
    }

    private Ast.Expr term() {
        Ast.Expr l = atom();
        while (at("*") || at("/") || at("%")) {
            String op = toks.get(pos++).text();
            l = new Ast.Bin(op, l, atom());
        }
        return l;
    }

    private Ast.Expr atom() {
        Lexer.Token t = toks.get(pos++);
        switch (t.kind()) {
            case NUM:
                return new Ast.Num(Long.parseLong(t.text()));
            case ID:
                if (at("(")) {
                    pos++;
                    List<Ast.Expr> args = new ArrayList<>();
                    while (!at(")")) {
                        args.add(expr());
                        if (at(",")) {
                            pos++;
                        }
                    }
                    expect(")");
                    return new Ast.Call(t.text(), args);
                }
                return new Ast.Var(t.text(), t.line());
            default:
                if (t.text().equals("(")) {
                    Ast.Expr e = expr();
                    expect(")");
                    return e;
                }
                if (t.text().equals("-")) {
                    return new Ast.Bin("-", new Ast.Num(0), atom());
                }
                throw new IllegalArgumentException("line " + t.line() + ": unexpected '" + t.text() + "'");
        }
    }
}
