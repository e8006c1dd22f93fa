package org.homeward.validate;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.path.PathWriter;
import org.homeward.vocab.Prefixes;

/** A SHACL report as lines a person can read, with Homeward's prefixes: one line per result. */
public final class ReportLines {

    private static final PrefixMap PREFIXES = PrefixMapFactory.create(Prefixes.ALL);
    private static final Prologue PROLOGUE = new Prologue(PrefixMapping.Factory.create().setNsPrefixes(Prefixes.ALL));

    private ReportLines() {}

    /** One line per result: severity, focus node, path and message. */
    public static List<String> of(ValidationReport report) {
        return report.getEntries().stream().map(ReportLines::line).toList();
    }

    /** Whether any result is a violation, rather than a warning or information. */
    public static boolean hasViolations(ValidationReport report) {
        return report.getEntries().stream().anyMatch(entry -> Severity.Violation.equals(entry.severity()));
    }

    private static String line(ReportEntry entry) {
        String path = entry.resultPath() == null ? "" : " " + PathWriter.asString(entry.resultPath(), PROLOGUE);
        return entry.severity().level().getLocalName() + " " + node(entry.focusNode()) + path + ": "
                + entry.message();
    }

    private static String node(Node node) {
        return NodeFmtLib.str(node, PREFIXES);
    }
}
