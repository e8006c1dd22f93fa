package org.homeward.server;

import com.google.re2j.Pattern;
import java.util.List;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.sse.Tags;

/** SPARQL's {@code REGEX(text, pattern [, flags])} on {@link LinearRegex}; a constant pattern is compiled once. */
final class LinearRegexMatch extends ExprFunctionN {

    private static final int FLAGS = 2;

    private final Pattern constant;

    LinearRegexMatch(ExprList args) {
        super(Tags.tagRegex, args);
        constant = LinearRegex.constantPattern(args, FLAGS);
    }

    @Override
    public NodeValue eval(List<NodeValue> args) {
        String text = LinearRegex.text(args.get(0), "REGEX");
        return NodeValue.booleanReturn(LinearRegex.pattern(constant, args, FLAGS).matcher(text).find());
    }

    @Override
    public Expr copy(ExprList newArgs) {
        return new LinearRegexMatch(newArgs);
    }
}
