package eu.comptoir.search;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.opensearch.analysis.common.CommonAnalysisPlugin;
import org.opensearch.common.settings.Settings;
import org.opensearch.common.unit.TimeValue;
import org.opensearch.env.Environment;
import org.opensearch.index.mapper.MapperExtrasPlugin;
import org.opensearch.index.reindex.ReindexPlugin;
import org.opensearch.join.ParentJoinPlugin;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.painless.PainlessPlugin;
import org.opensearch.plugins.ExtensiblePlugin;
import org.opensearch.plugins.Plugin;
import org.opensearch.search.aggregations.matrix.MatrixAggregationPlugin;
import org.opensearch.transport.Netty4Plugin;

/**
 * Starts one OpenSearch node, bound to 127.0.0.1 only, for tests and local runs.
 *
 * <p>Configuration (all optional):
 * <ul>
 *   <li>first argument or {@code SEARCH_ENGINE_HOME}: directory for data and logs; when absent a
 *       temporary directory is used and deleted on shutdown;</li>
 *   <li>{@code SEARCH_ENGINE_PORT}: HTTP port (default 9200);</li>
 *   <li>{@code SEARCH_ENGINE_TRANSPORT_PORT}: transport port or range (default 9300-9400).</li>
 * </ul>
 * The heap size is up to the caller ({@code java -Xms512m -Xmx1g -jar ...}).
 */
public final class ComptoirSearchNode {

    /** Modules a stock OpenSearch distribution would load from its modules/ directory. */
    private static final List<Class<? extends Plugin>> PLUGINS = List.of(
            Netty4Plugin.class,
            CommonAnalysisPlugin.class,
            PainlessPlugin.class,
            MapperExtrasPlugin.class,
            ParentJoinPlugin.class,
            MatrixAggregationPlugin.class,
            ReindexPlugin.class);

    /** Node exposes the constructor taking classpath plugins only to subclasses. */
    private static final class ClasspathPluginNode extends Node {
        ClasspathPluginNode(Environment environment, Collection<Class<? extends Plugin>> plugins) {
            super(environment, plugins, true);
        }
    }

    private ComptoirSearchNode() {
    }

    public static void main(String[] args) throws Exception {
        // What the stock jvm.options would set; must happen before the classes reading them load.
        System.setProperty("java.locale.providers", System.getProperty("java.locale.providers", "SPI,COMPAT"));
        System.setProperty("io.netty.noUnsafe", "true");
        System.setProperty("io.netty.noKeySetOptimization", "true");
        System.setProperty("io.netty.recycler.maxCapacityPerThread", "0");
        System.setProperty("io.netty.allocator.numDirectArenas", "0");
        System.setProperty("log4j2.disable.jmx", "true");

        String homeArg = args.length > 0 ? args[0] : System.getenv("SEARCH_ENGINE_HOME");
        boolean temporary = homeArg == null || homeArg.isBlank();
        Path home = temporary ? Files.createTempDirectory("comptoir-search-") : Path.of(homeArg).toAbsolutePath();
        Files.createDirectories(home.resolve("config"));

        Settings settings = Settings.builder()
                .put("cluster.name", "comptoir")
                .put("node.name", "comptoir-node")
                .put("path.home", home.toString())
                .put("path.data", home.resolve("data").toString())
                .put("path.logs", home.resolve("logs").toString())
                .put("network.host", "127.0.0.1")
                .put("http.port", env("SEARCH_ENGINE_PORT", "9200"))
                .put("transport.port", env("SEARCH_ENGINE_TRANSPORT_PORT", "9300-9400"))
                .put("http.type", "netty4")
                .put("transport.type", "netty4")
                .put("discovery.type", "single-node")
                .put("cluster.routing.allocation.disk.threshold_enabled", false)
                .build();

        Environment environment = InternalSettingsPreparer.prepareEnvironment(
                settings, Map.of(), home.resolve("config"), () -> "comptoir-node");
        Logger logger = LogManager.getLogger(ComptoirSearchNode.class);

        loadPainlessExtensions();
        AtomicReference<Node> node = new AtomicReference<>();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                Node running = node.get();
                if (running != null) {
                    running.close();
                    if (!running.awaitClose(30, TimeUnit.SECONDS)) {
                        logger.warn("node did not stop within 30s");
                    }
                }
                if (temporary) {
                    deleteRecursively(home);
                }
            } catch (Exception e) {
                logger.warn("error while stopping the node", e);
            } finally {
                stopped.countDown();
                LogManager.shutdown();
            }
        }, "comptoir-search-shutdown"));

        try {
            node.set(new ClasspathPluginNode(environment, PLUGINS));
            node.get().start();
            // A single node can't host replicas: default them to 0 so new indices go green.
            // (Read from the cluster state, so it must be a cluster setting, not a node one.)
            node.get().client().admin().cluster().prepareUpdateSettings()
                    .setPersistentSettings(Settings.builder().put("cluster.default_number_of_replicas", 0))
                    .get(TimeValue.timeValueSeconds(30));
        } catch (Exception e) {
            logger.error("node failed to start", e);
            System.exit(1);
        }
        logger.info("comptoir search node ready on http://127.0.0.1:{} (home {})",
                settings.get("http.port"), home);
        // OpenSearch's threads are daemons: keep the JVM alive until shutdown.
        stopped.await();
    }

    /**
     * PluginsService only wires extensions between plugins it loaded from a plugins directory, so
     * painless would miss the whitelists other modules contribute (analysis-common's
     * predicate_token_filter/condition scripts). Painless keeps them in a static registry, so feed
     * it the service-loaded extensions once before the node is built.
     */
    private static void loadPainlessExtensions() {
        new PainlessPlugin().loadExtensions(new ExtensiblePlugin.ExtensionLoader() {
            @Override
            public <T> List<T> loadExtensions(Class<T> type) {
                return ServiceLoader.load(type).stream().map(ServiceLoader.Provider::get).collect(Collectors.toList());
            }
        });
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
