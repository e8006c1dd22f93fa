package org.homeward.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.spark.launcher.JavaModuleOptions;
import org.apache.spark.sql.SparkSession;
import org.homeward.RdfAssertions;
import org.homeward.build.BuildManifest;
import org.homeward.build.BuildOperation;
import org.homeward.build.BuildReport;
import org.homeward.build.SoftwareVersion;
import org.homeward.corpus.CorpusGenerator;
import org.homeward.corpus.CorpusWriter;
import org.homeward.extract.RuleBasedExtractor;
import org.homeward.io.DocumentSource;
import org.homeward.io.FileException;
import org.homeward.map.ResourceIris;
import org.homeward.server.ServeOperation;
import org.homeward.server.ServerLimits;
import org.homeward.server.Serving;
import org.homeward.store.BulkLoad;
import org.homeward.store.Fixtures;
import org.homeward.store.GraphStore;
import org.homeward.store.PartitionedLoad;
import org.homeward.vocab.HW;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build on Spark ({@code local[2]}, two partitions) against the build on one machine, over a generated corpus
 * with a repeated text, a text that is not UTF-8 and a sidecar without a text: the same graphs, the same failures
 * and warnings; the same entities named alike by partitions that never spoke; and the database that loading its
 * output builds is the one that serve's first start builds, and serve opens it.
 */
class SparkBuildIT {

    private static final int ARTICLES = 48;
    private static final int PARTITIONS = 2;

    @TempDir
    static Path dir;

    private static SparkSession spark;
    private static Path corpus;
    private static Path output;
    private static BuildManifest manifest;
    private static DatasetGraph oneMachine;
    private static BuildReport report;

    @BeforeAll
    static void buildOnSparkAndOnOneMachine() throws Exception {
        corpus = dir.resolve("corpus");
        CorpusWriter.write(CorpusGenerator.of(11), ARTICLES, corpus);
        Files.copy(corpus.resolve(CorpusGenerator.of(11).article(3).identifier()), corpus.resolve("zz-repeat.txt"));
        Files.write(corpus.resolve("zz-broken.txt"), new byte[] {'a', (byte) 0xC3});
        Files.writeString(corpus.resolve("zz-orphan.json"), "{\"publisher\": \"Nobody\"}");
        spark = SparkBuild.Sessions.start("local[" + PARTITIONS + "]");
        output = dir.resolve("spark");
        manifest = SparkBuild.run(spark, settings(corpus.toUri().toString(), InputFormat.FOLDER, output),
                Fixtures.CLOCK);
        oneMachine = DatasetGraphFactory.createGeneral();
        report = oneMachine().exec(DocumentSource.read(corpus), StreamRDFLib.dataset(oneMachine), null);
    }

    /** The one-machine build as the Spark job's is: the real extractor, the same clock and software version. */
    private static BuildOperation oneMachine() {
        return new BuildOperation(new RuleBasedExtractor(), Fixtures.CLOCK, SoftwareVersion.current());
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    void theJvmHasTheOptionsSparksLauncherGives() {
        List<String> arguments = ManagementFactory.getRuntimeMXBean().getInputArguments();

        for (String option : JavaModuleOptions.defaultModuleOptionArray()) {
            assertTrue(arguments.contains(option), "spark.java.options in pom.xml lacks " + option);
        }
    }

    @Test
    void theUnionOfThePartitionsIsTheOneMachineBuildGraphByGraph() {
        DatasetGraph spark = partitions(manifest.partitions());

        assertEquals(graphs(oneMachine), graphs(spark));
        for (Node graph : graphs(oneMachine)) {
            assertTrue(oneMachine.getGraph(graph).isIsomorphicWith(spark.getGraph(graph)), graph.getURI());
        }
        RdfAssertions.assertIsomorphic(oneMachine, spark);
        assertEquals(report.documents(), manifest.documents());
        assertEquals(Set.copyOf(report.failures()), failures(manifest));
        assertEquals(Set.copyOf(report.warnings()), warnings(manifest));
        // Each partition describes the software once, as one machine does for the whole batch: the union's
        // repeats are those statements, once more for every partition after the first.
        long shared = oneMachine.stream().filter(quad -> quad.getSubject().equals(ResourceIris.software())).count();
        assertEquals(report.quads() + (PARTITIONS - 1) * shared, manifest.quads());
    }

    @Test
    void twoPartitionsNameTheSameEntitiesAlikeWithoutSpeaking() {
        Map<String, Node> first = entitiesByLabel(partitions(List.of(manifest.partitions().get(0))));
        Map<String, Node> second = entitiesByLabel(partitions(List.of(manifest.partitions().get(1))));

        Set<String> both = new HashSet<>(first.keySet());
        both.retainAll(second.keySet());
        assertTrue(both.stream().anyMatch(label -> label.startsWith("Person ")), "a person is in both: " + both);
        assertTrue(both.stream().anyMatch(label -> label.startsWith("Country ")), "a country is in both: " + both);
        for (String label : both) {
            assertEquals(first.get(label), second.get(label), label);
        }
    }

    @Test
    void loadingTheOutputBuildsWhatServesFirstStartBuildsAndServeOpensIt() throws Exception {
        Path data = dir.resolve("data");
        Path loaded = data.resolve(ServeOperation.DATABASE);
        PartitionedLoad.load(output, loaded);
        // What serve's first start would load: the one-machine build, streamed into the same bulk loader.
        Path direct = dir.resolve("direct").resolve(ServeOperation.DATABASE);
        BulkLoad.load(direct, sink -> {
            oneMachine.find().forEachRemaining(sink::quad);
            return null;
        });

        RdfAssertions.assertIsomorphic(dump(direct), dump(loaded));
        try (Serving serving = new ServeOperation(oneMachine()).start(new ServeOperation.Settings(
                dir.resolve("no-input"), data, false, "localhost", 0, Optional.empty(), ServerLimits.DEFAULTS))) {
            assertEquals(Serving.Startup.Kind.OPENED, serving.startup().kind());
            assertEquals(manifest.documents(), serving.startup().documents());
        }
    }

    @Test
    void aPartitionThatDisagreesWithTheManifestLeavesNoDatabase() throws Exception {
        Path broken = dir.resolve("broken");
        Files.createDirectories(broken);
        Files.copy(output.resolve(BuildManifest.FILE), broken.resolve(BuildManifest.FILE));
        Files.copy(output.resolve(manifest.partitions().get(0).file()),
                broken.resolve(manifest.partitions().get(1).file()));
        Files.copy(output.resolve(manifest.partitions().get(0).file()),
                broken.resolve(manifest.partitions().get(0).file()));
        Path database = dir.resolve("broken-data").resolve(ServeOperation.DATABASE);

        FileException e = assertThrows(FileException.class, () -> PartitionedLoad.load(broken, database));

        assertTrue(e.getMessage().startsWith("HW-E135 "), e.getMessage());
        assertFalse(GraphStore.exists(database));
    }

    @Test
    void jsonLinesAndParquetAreReadAsTheServerReadsARecord() throws Exception {
        String first = Files.readString(corpus.resolve(CorpusGenerator.of(11).article(0).identifier()));
        Path lines = dir.resolve("records.jsonl");
        Files.write(lines, List.of(
                "{\"name\": \"one.txt\", \"text\": " + json(first) + ", \"metadata\": {\"publisher\": \"TASS\"}}",
                "{\"text\": " + json(first + " Updated.") + "}",
                "{\"name\": \"none.txt\"}",
                "not json"));

        BuildManifest records = SparkBuild.run(spark, settings(lines.toUri().toString(), InputFormat.JSONL,
                dir.resolve("from-jsonl")), Fixtures.CLOCK);

        assertEquals(2, records.documents());
        assertEquals(2, records.failed());
        assertTrue(failures(records).stream().allMatch(failure -> failure.startsWith("HW-E131 ")));
        Path parquet = dir.resolve("records.parquet");
        spark.read().json(lines.toString()).filter("text is not null").write().parquet(parquet.toString());
        BuildManifest columns = SparkBuild.run(spark, settings(parquet.toUri().toString(), InputFormat.PARQUET,
                dir.resolve("from-parquet")), Fixtures.CLOCK);
        RdfAssertions.assertIsomorphic(partitions(records.partitions(), dir.resolve("from-jsonl")),
                partitions(columns.partitions(), dir.resolve("from-parquet")));
    }

    @Test
    void anOutputThatHoldsAnythingIsRefused() {
        JobException e = assertThrows(JobException.class, () -> SparkBuild.run(spark,
                settings(corpus.toUri().toString(), InputFormat.FOLDER, output), Fixtures.CLOCK));

        assertTrue(e.getMessage().startsWith("HW-E133 "), e.getMessage());
    }

    private static SparkBuildSettings settings(String input, InputFormat format, Path out) {
        return new SparkBuildSettings(input, format, out.toUri().toString(), PARTITIONS, null);
    }

    private static DatasetGraph partitions(List<BuildManifest.Partition> partitions) {
        return partitions(partitions, output);
    }

    private static DatasetGraph partitions(List<BuildManifest.Partition> partitions, Path directory) {
        DatasetGraph union = DatasetGraphFactory.createGeneral();
        for (BuildManifest.Partition partition : partitions) {
            RDFParser.source(directory.resolve(partition.file()).toString()).parse(union);
        }
        return union;
    }

    private static Set<Node> graphs(DatasetGraph dataset) {
        Set<Node> graphs = new HashSet<>();
        dataset.listGraphNodes().forEachRemaining(graphs::add);
        return graphs;
    }

    /** Each person, organisation and country of a dataset by type and label, with its IRI. */
    private static Map<String, Node> entitiesByLabel(DatasetGraph dataset) {
        Map<String, Node> entities = new TreeMap<>();
        Map<Node, String> kinds = Map.of(HW.Person, "Person ", HW.Organisation, "Organisation ", HW.Country, "Country ");
        dataset.find(Node.ANY, Node.ANY, RDF.type.asNode(), Node.ANY).forEachRemaining(typed -> {
            String kind = kinds.get(typed.getObject());
            if (kind != null) {
                dataset.find(Node.ANY, typed.getSubject(), RDFS.label.asNode(), Node.ANY).forEachRemaining(label ->
                        assertEquals(typed.getSubject(), entities.merge(kind + label.getObject().getLiteralLexicalForm(),
                                typed.getSubject(), (was, now) -> was), "one IRI a label"));
            }
        });
        return entities;
    }

    private static DatasetGraph dump(Path database) throws Exception {
        DatasetGraph copy = DatasetGraphFactory.createGeneral();
        try (GraphStore store = GraphStore.openExisting(database)) {
            store.dump(StreamRDFLib.dataset(copy));
        }
        return copy;
    }

    private static Set<String> failures(BuildManifest manifest) {
        List<String> all = new ArrayList<>();
        manifest.partitions().forEach(partition -> all.addAll(partition.failures()));
        return Set.copyOf(all);
    }

    private static Set<String> warnings(BuildManifest manifest) {
        List<String> all = new ArrayList<>();
        manifest.partitions().forEach(partition -> all.addAll(partition.warnings()));
        return Set.copyOf(all);
    }

    private static String json(String text) throws Exception {
        return new ObjectMapper().writeValueAsString(text);
    }
}
