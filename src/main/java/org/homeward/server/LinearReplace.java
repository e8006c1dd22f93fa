package org.homeward.server;

import com.google.re2j.Pattern;
import java.util.List;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.sse.Tags;

/**
 * SPARQL's {@code REPLACE(text, pattern, replacement [, flags])} on {@link LinearRegex}; the result keeps the
 * text's language tag, as ARQ's does.
 */
final class LinearReplace extends ExprFunctionN {

    private static final int FLAGS = 3;

    private final Pattern constant;

    LinearReplace(ExprList args) {
        super(Tags.tagReplace, args);
        constant = LinearRegex.constantPattern(args, FLAGS);
    }

    @Override
    public NodeValue eval(List<NodeValue> args) {
        String replaced = LinearRegex.pattern(constant, args, FLAGS).matcher(LinearRegex.text(args.get(0), "REPLACE"))
                .replaceAll(args.get(2).getString());
        String language = args.get(0).asNode().getLiteralLanguage();
        return language.isEmpty() ? NodeValue.makeString(replaced) : NodeValue.makeLangString(replaced, language);
    }

    @Override
    public Expr copy(ExprList newArgs) {
        return new LinearReplace(newArgs);
    }
}
