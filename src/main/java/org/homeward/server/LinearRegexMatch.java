package org.homeward.server;

import com.google.re2j.Pattern;
import java.util.List;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.sse.Tags;

/** SPARQL's {@code REGEX(text, pattern [, flags])} on {@link LinearRegex}; a constant pattern is compiled once. */
final class LinearRegexMatch extends ExprFunctionN {

    private final Pattern constant;

    LinearRegexMatch(ExprList args) {
        super(Tags.tagRegex, args);
        constant = constantPattern(args);
    }

    /** The compiled pattern if the pattern and flags are constants, else null. */
    static Pattern constantPattern(ExprList args) {
        Expr pattern = args.get(1);
        Expr flags = args.size() > 2 ? args.get(2) : null;
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
            throw new ExprEvalException("REGEX: not a string: " + text);
        }
        Pattern pattern = constant != null ? constant : LinearRegex.compile(args.get(1).getString(),
                args.size() > 2 ? args.get(2).getString() : null);
        return NodeValue.booleanReturn(pattern.matcher(text.asNode().getLiteralLexicalForm()).find());
    }

    @Override
    public Expr copy(ExprList newArgs) {
        return new LinearRegexMatch(newArgs);
    }
}
