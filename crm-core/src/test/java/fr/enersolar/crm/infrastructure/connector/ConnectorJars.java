package fr.enersolar.crm.infrastructure.connector;

import fr.enersolar.crm.connector.spi.CrmConnectorFactory;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Builds connector jars at test time: a tiny factory and connector compiled with {@code
 * javax.tools} against the SPI only, packed with a manifest ({@code Implementation-Version}) and a
 * services entry, exactly as a partner would ship one. Each jar gets a package of its own.
 */
final class ConnectorJars {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    private ConnectorJars() {}

    /**
     * A working connector jar. Its connector's {@code toString()} is {@code
     * id:version:api_url[:token]}, and its factory class has a public static {@code CLOSED} counter
     * of closed connectors.
     */
    static Path connector(Path jar, String id, String version) {
        return build(
                jar, id, version, "return \"" + id + "\";", "dropin.c" + COUNTER.incrementAndGet());
    }

    /** The same, with the classes in {@code pkg}: two builds share their class names. */
    static Path connectorInPackage(Path jar, String id, String version, String pkg) {
        return build(jar, id, version, "return \"" + id + "\";", pkg);
    }

    /** A jar whose factory throws from {@code id()}. */
    static Path throwingFactory(Path jar) {
        return build(
                jar,
                "x",
                "1.0",
                "throw new IllegalStateException(\"boum\");",
                "dropin.c" + COUNTER.incrementAndGet());
    }

    /** A jar whose services entry names a class that is not in it. */
    static Path missingClass(Path jar) throws IOException {
        return write(
                jar, "1.0", Map.of(ConnectorScanner.SERVICE_FILE, bytes("com.example.Missing\n")));
    }

    /** A jar with a factory but no services entry. */
    static Path noServices(Path jar) throws IOException {
        return write(jar, "1.0", Map.of("readme.txt", bytes("rien")));
    }

    /** A jar that also bundles a copy of the SPI. */
    static Path bundlingTheSpi(Path jar) throws IOException {
        return write(
                jar,
                "1.0",
                Map.of(
                        "fr/enersolar/crm/connector/spi/CrmConnectorFactory.class",
                        bytes("copy"),
                        ConnectorScanner.SERVICE_FILE,
                        bytes("com.example.Factory\n")));
    }

    /** Not a zip at all. */
    static Path notAnArchive(Path jar) throws IOException {
        Files.writeString(jar, "ceci n'est pas un jar");
        return jar;
    }

    private static Path build(Path jar, String id, String version, String idBody, String pkg) {
        String source =
                """
                package %1$s;

                import fr.enersolar.crm.connector.spi.*;
                import java.util.List;
                import java.util.concurrent.atomic.AtomicInteger;

                public class TestFactory implements CrmConnectorFactory {
                    public static final AtomicInteger CLOSED = new AtomicInteger();

                    public String id() { %2$s }

                    public String displayName() { return "Test %3$s"; }

                    public List<SettingDescriptor> settings() {
                        return List.of(
                                SettingDescriptor.builder("api_url", SettingType.URL)
                                        .label("URL de l'API").required().build(),
                                SettingDescriptor.builder("token", SettingType.SECRET)
                                        .label("Jeton").build());
                    }

                    public CrmConnector create(ConnectorSettings settings) {
                        String name = id() + ":" + version() + ":" + settings.string("api_url")
                                + settings.value("token").map(t -> ":" + t).orElse("");
                        return new CrmConnector() {
                            public DeliveryResult deliver(LeadPayload lead) {
                                throw new ConnectorException("pas de livraison en test");
                            }
                            public void close() { CLOSED.incrementAndGet(); }
                            public String toString() { return name; }
                        };
                    }
                }
                """
                        .formatted(pkg, idBody, id);
        try {
            Path work = Files.createTempDirectory("connector-src");
            Path src = work.resolve("TestFactory.java");
            Files.writeString(src, source);
            Path classes = Files.createDirectories(work.resolve("classes"));
            JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
            StringWriter errors = new StringWriter();
            boolean compiled =
                    compiler.getTask(
                                    errors,
                                    null,
                                    null,
                                    List.of(
                                            "-classpath",
                                            spiLocation().toString(),
                                            "-d",
                                            classes.toString(),
                                            "--release",
                                            "17"),
                                    null,
                                    compiler.getStandardFileManager(null, null, null)
                                            .getJavaFileObjects(src.toFile()))
                            .call();
            if (!compiled) {
                throw new IllegalStateException("Test connector does not compile: " + errors);
            }
            Map<String, byte[]> entries = new java.util.TreeMap<>();
            try (Stream<Path> files = Files.walk(classes)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    entries.put(
                            classes.relativize(f).toString().replace('\\', '/'),
                            Files.readAllBytes(f));
                }
            }
            entries.put(ConnectorScanner.SERVICE_FILE, bytes(pkg + ".TestFactory\n"));
            return write(jar, version, entries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path spiLocation() {
        try {
            return Path.of(
                    CrmConnectorFactory.class
                            .getProtectionDomain()
                            .getCodeSource()
                            .getLocation()
                            .toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path write(Path jar, String version, Map<String, byte[]> entries)
            throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.IMPLEMENTATION_VERSION, version);
        // Written beside, then moved: the registry never sees half a jar.
        Path partial = jar.resolveSibling(jar.getFileName() + ".part");
        try (OutputStream out = Files.newOutputStream(partial);
                JarOutputStream jarOut = new JarOutputStream(out, manifest)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                jarOut.putNextEntry(new JarEntry(e.getKey()));
                jarOut.write(e.getValue());
                jarOut.closeEntry();
            }
        }
        return Files.move(partial, jar, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
