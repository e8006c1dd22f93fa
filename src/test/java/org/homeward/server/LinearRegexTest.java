package org.homeward.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.OpWalker;
import org.apache.jena.sparql.algebra.op.OpExtend;
import org.apache.jena.sparql.algebra.op.OpFilter;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** REGEX and REPLACE on the linear-time engine: the same answers as XPath's, and no backtracking at all. */
class LinearRegexTest {

    @ParameterizedTest(name = "{0} /{1}/{2}: {3}")
    @CsvSource({
        "Syria,          ^syr,        i,  true",
        "Syria,          ^syr,        '', false",
        "ab,             .,           q,  false",
        "a.b,            a.b,         q,  true",
        "'line\nnext',   ^next,       m,  true",
        "'line\nnext',   line.next,   s,  true",
        "abc,            a b  c,      x,  true",
        "'a b',          a[ ]b,       x,  true",
    })
    void matchesAsXPathDoes(String text, String pattern, String flags, boolean matches) {
        assertEquals(matches, LinearRegex.compile(pattern, flags).matcher(text).find());
    }

    @Test
    void aBackReferenceIsRefusedRatherThanBacktracked() {
        ExprEvalException refused = assertThrows(ExprEvalException.class, () -> LinearRegex.compile("(a)\\1", null));
        assertTrue(refused.getMessage().contains("linear-time"), refused.getMessage());
    }

    @Test
    void nestedRepetitionOnALongTextIsDecidedInOnePass() {
        String text = "a".repeat(100_000) + "!";
        assertFalse(LinearRegex.compile("^(a+)+$", null).matcher(text).find());
    }

    @Test
    void everyRegexAndReplaceOfAQueryIsSwapped() {
        Op op = Algebra.compile(QueryFactory.create("SELECT ?y WHERE { ?s ?p ?o FILTER(REGEX(STR(?o), \"^(a+)+$\")) "
                + "BIND(REPLACE(STR(?o), \"(x+)+\", \"y\") AS ?y) }"));

        List<String> kinds = new ArrayList<>();
        OpWalker.walk(LinearRegexRewrite.swap(op), new OpVisitorBase() {
            @Override
            public void visit(OpFilter filter) {
                filter.getExprs().forEach(expr -> kinds.add(expr.getClass().getSimpleName()));
            }

            @Override
            public void visit(OpExtend extend) {
                extend.getVarExprList().getExprs().values().forEach(expr -> kinds.add(expr.getClass().getSimpleName()));
            }
        });

        assertEquals(List.of("LinearRegexMatch", "LinearReplace"), kinds.stream().sorted().toList());
    }

    @Test
    void aConstantPatternTheEngineCannotTakeIsAMalformedQuery() {
        Op op = Algebra.compile(QueryFactory.create("ASK { ?s ?p ?o FILTER(REGEX(STR(?o), \"(?=a)\")) }"));

        assertThrows(QueryParseException.class, () -> LinearRegexRewrite.swap(op));
    }

    @Test
    void replaceKeepsTheLanguageTagAndReplacesGroups() {
        Expr replace = new LinearReplace(new ExprList(List.of(NodeValue.makeLangString("Kyiv Kyiv", "en"),
                NodeValue.makeString("(K)yiv"), NodeValue.makeString("$1iev"))));

        assertEquals(NodeValue.makeLangString("Kiev Kiev", "en"), replace.eval(null, null));
    }
}
