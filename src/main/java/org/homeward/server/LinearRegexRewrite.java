package org.homeward.server;

import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.algebra.optimize.Optimize;
import org.apache.jena.sparql.algebra.optimize.Rewrite;
import org.apache.jena.sparql.algebra.optimize.RewriteFactory;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.sparql.util.Context;

/**
 * The optimizer of the server's queries: ARQ's own, after {@code REGEX} and {@code REPLACE} have been
 * swapped for their {@link LinearRegex} versions throughout the algebra. ARQ picks its regex engine
 * globally and only among backtracking ones, so the swap is made here, through the context symbol ARQ reads
 * its optimizer from, for this server's endpoints alone. A constant pattern RE2 cannot take is refused as
 * a malformed query (400) before anything runs.
 */
final class LinearRegexRewrite implements RewriteFactory {

    @Override
    public Rewrite create(Context context) {
        Rewrite standard = Optimize.getFactory().create(context);
        return op -> standard.rewrite(swap(op));
    }

    /** The algebra with every {@code REGEX} and {@code REPLACE} on the linear-time engine. */
    static Op swap(Op op) {
        try {
            return Transformer.transform(new TransformCopy(), new Swap(), op);
        } catch (ExprEvalException e) {
            throw new QueryParseException(e.getMessage(), -1, -1);
        }
    }

    private static final class Swap extends ExprTransformCopy {
        @Override
        public Expr transform(ExprFunctionN function, ExprList args) {
            if (function instanceof E_Regex) {
                return new LinearRegexMatch(args);
            }
            if (function instanceof E_StrReplace) {
                return new LinearReplace(args);
            }
            return super.transform(function, args);
        }
    }
}
