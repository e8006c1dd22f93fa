package org.homeward.server;

import com.google.re2j.Pattern;
import java.util.List;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.sse.Tags;

/**
 * SPARQL's {@code REPLACE(text, pattern, replacement [, flags])} on {@link LinearRegex}; the result keeps the
 * text's language tag, as ARQ's does.
 */
final class LinearReplace extends ExprFunctionN {

    private final Pattern constant;

    LinearReplace(ExprList args) {
        super(Tags.tagReplace, args);
        constant = constantPattern(args);
    }

    private static Pattern constantPattern(ExprList args) {
        Expr pattern = args.get(1);
        Expr flags = args.size() > 3 ? args.get(3) : null;
        if (!pattern.isConstant() || flags != null && !flags.isConstant()) {
            return null;
        }
        return LinearRegex.compile(pattern.getConstant().getString(),
                flags == null ? null : flags.getConstant().getString());
    }

    @Override
    public NodeValue eval(List<NodeValue> args) {
        NodeValue text = args.get(0);
        if (!text.isString() && !text.isLangString()) {
            throw new ExprEvalException("REPLACE: not a string: " + text);
        }
        Pattern pattern = constant != null ? constant : LinearRegex.compile(args.get(1).getString(),
                args.size() > 3 ? args.get(3).getString() : null);
        String replaced = pattern.matcher(text.asNode().getLiteralLexicalForm()).replaceAll(args.get(2).getString());
        String language = text.asNode().getLiteralLanguage();
        return language.isEmpty() ? NodeValue.makeString(replaced) : NodeValue.makeLangString(replaced, language);
    }

    @Override
    public Expr copy(ExprList newArgs) {
        return new LinearReplace(newArgs);
    }
}
