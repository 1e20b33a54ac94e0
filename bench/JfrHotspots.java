import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Summarises the CPU samples ({@code jdk.ExecutionSample}) of a JFR recording taken by
 * bench/intake-benchmark.sh with BENCH_PROFILE=true:
 *
 * <pre>java bench/JfrHotspots.java recording.jfr [TOP]</pre>
 *
 * Prints (1) the hottest frames by self time, (2) application methods ({@code fr.enersolar}) by
 * inclusive time, (3) selected library areas by inclusive time (JNoSQL mapping, the driver, the
 * embedded store, H2, JSON, Bean Validation, libphonenumber, CDI, JAX-RS) and a few known costs.
 */
public class JfrHotspots {

    private static final Map<String, String> AREAS = new java.util.LinkedHashMap<>();

    static {
        AREAS.put("org.eclipse.jnosql.", "JNoSQL (mapping, template, communication)");
        AREAS.put("com.mongodb.", "MongoDB driver (client side)");
        AREAS.put("org.bson.", "BSON encoding/decoding");
        AREAS.put("de.bwaldvogel.", "embedded store (mongo-java-server)");
        AREAS.put("org.h2.", "H2 MVStore (embedded store backend)");
        AREAS.put("io.netty.", "Netty (embedded store's wire protocol)");
        AREAS.put("org.glassfish.jersey.", "Jersey (JAX-RS)");
        AREAS.put("org.glassfish.grizzly.", "Grizzly (HTTP)");
        AREAS.put("org.eclipse.parsson.", "Parsson (JSON-P)");
        AREAS.put("org.hibernate.validator.", "Hibernate Validator");
        AREAS.put("com.google.i18n.phonenumbers.", "libphonenumber");
        AREAS.put("org.jboss.weld.", "Weld (CDI)");
        AREAS.put("java.util.regex.", "java.util.regex");
        AREAS.put("fr.enersolar.", "fr.enersolar.* (includes the relocated embedded store)");
        AREAS.put(
                "de.bwaldvogel.mongo.backend.AbstractMongoDatabase.commandFind",
                "  store: find commands (a find with no usable unique index scans the collection)");
        AREAS.put(
                "de.bwaldvogel.mongo.backend.AbstractMongoDatabase.commandInsert",
                "  store: insert commands");
        AREAS.put("jakarta.json.spi.JsonProvider.provider", "  JSON-P provider lookup (Json.createX)");
        AREAS.put("org.jboss.weld.SimpleCDI", "  CDI.current() bean-manager lookup (stack walk)");
    }

    public static void main(String[] args) throws Exception {
        int top = args.length > 1 ? Integer.parseInt(args[1]) : 25;
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> appInclusive = new HashMap<>();
        Map<String, Integer> areas = new HashMap<>();
        Map<String, Integer> threads = new HashMap<>();
        int total = 0;
        for (RecordedEvent e : RecordingFile.readAllEvents(Path.of(args[0]))) {
            if (!e.getEventType().getName().equals("jdk.ExecutionSample")) {
                continue;
            }
            RecordedStackTrace st = e.getStackTrace();
            if (st == null || st.getFrames().isEmpty()) {
                continue;
            }
            total++;
            String thread = e.getThread("sampledThread") == null ? "?" : e.getThread("sampledThread").getJavaName();
            threads.merge(thread == null ? "?" : thread.replaceAll("[0-9]+", "#"), 1, Integer::sum);
            List<RecordedFrame> frames = st.getFrames();
            self.merge(name(frames.get(0)), 1, Integer::sum);
            Set<String> seenMethods = new HashSet<>();
            Set<String> seenAreas = new HashSet<>();
            for (RecordedFrame f : frames) {
                String n = name(f);
                if (n.startsWith("fr.enersolar.") && seenMethods.add(n)) {
                    appInclusive.merge(n, 1, Integer::sum);
                }
                for (String prefix : AREAS.keySet()) {
                    if (n.startsWith(prefix) && seenAreas.add(prefix)) {
                        areas.merge(prefix, 1, Integer::sum);
                    }
                }
            }
        }
        System.out.printf("%d CPU samples%n", total);
        print("Threads", threads, total, 10);
        print("Hottest frames (self)", self, total, top);
        print("Application methods (inclusive)", appInclusive, total, top);
        Map<String, Integer> named = new java.util.LinkedHashMap<>();
        areas.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(en -> named.put(AREAS.get(en.getKey()), en.getValue()));
        print("Areas (inclusive: samples with any frame there)", named, total, AREAS.size());
    }

    private static String name(RecordedFrame f) {
        return f.getMethod().getType().getName() + "." + f.getMethod().getName();
    }

    private static void print(String title, Map<String, Integer> counts, int total, int top) {
        System.out.println();
        System.out.println(title + ":");
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(top)
                .forEach(
                        en ->
                                System.out.printf(
                                        java.util.Locale.ROOT,
                                        "  %5.1f %%  %s%n",
                                        100.0 * en.getValue() / Math.max(1, total),
                                        en.getKey()));
    }
}
