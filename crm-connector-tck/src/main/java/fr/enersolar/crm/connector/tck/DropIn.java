package fr.enersolar.crm.connector.tck;

import fr.enersolar.crm.connector.spi.CrmConnectorFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.ServiceLoader;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;

/**
 * A connector jar loaded the way the application's connectors folder loads it: through its own
 * {@link URLClassLoader} whose parent sees the SPI and what the server provides (here: the test
 * class path), but not the connector's own classes. The connector's packages and its {@code
 * META-INF/services} entry are hidden from the parent, so whatever the connector needs must be in
 * its jar.
 *
 * <pre>{@code
 * try (DropIn dropIn = DropIn.load(jar, "fr.enersolar.crm.connector.zr7.")) {
 *     CrmConnectorFactory factory = dropIn.factory("zr7");
 * }
 * }</pre>
 */
public final class DropIn implements AutoCloseable {

    private static final String SERVICE_FILE =
            "META-INF/services/" + CrmConnectorFactory.class.getName();

    private final Path jar;
    private final URLClassLoader loader;

    private DropIn(Path jar, URLClassLoader loader) {
        this.jar = jar;
        this.loader = loader;
    }

    /**
     * Loads a connector jar.
     *
     * @param jar the built connector jar
     * @param hiddenPackages package prefixes (with a trailing dot) the parent must not see: the
     *     connector's own classes, as the test class path also holds them
     * @return the loaded jar; close it to release the class loader
     */
    public static DropIn load(Path jar, String... hiddenPackages) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalArgumentException("No connector jar at " + jar);
        }
        ClassLoader parent = new Hiding(DropIn.class.getClassLoader(), List.of(hiddenPackages));
        try {
            return new DropIn(jar, new URLClassLoader(new URL[] {jar.toUri().toURL()}, parent));
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /**
     * The factory with this id that {@link ServiceLoader} finds in the jar.
     *
     * @param id the connector id
     * @return the factory, loaded by the jar's own class loader
     * @throws AssertionError when the jar holds no such factory, or the class came from elsewhere
     */
    public CrmConnectorFactory factory(String id) {
        List<CrmConnectorFactory> found =
                ServiceLoader.load(CrmConnectorFactory.class, loader).stream()
                        .map(ServiceLoader.Provider::get)
                        .filter(f -> f.id().equals(id))
                        .toList();
        if (found.size() != 1) {
            throw new AssertionError(found.size() + " factories with id " + id + " in " + jar);
        }
        CrmConnectorFactory factory = found.get(0);
        if (factory.getClass().getClassLoader() != loader) {
            throw new AssertionError(factory.getClass() + " was not loaded from " + jar);
        }
        return factory;
    }

    /**
     * The jar's entries whose names start with a prefix ({@code fr/enersolar/crm/connector/spi/}).
     *
     * @param prefix a path prefix inside the jar
     * @return the matching entry names
     */
    public List<String> entriesStartingWith(String prefix) {
        try (JarFile file = new JarFile(jar.toFile())) {
            return file.stream().map(ZipEntry::getName).filter(n -> n.startsWith(prefix)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            loader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A parent that hides the connector's packages and service entries. */
    private static final class Hiding extends ClassLoader {
        private final List<String> hiddenPackages;

        Hiding(ClassLoader parent, List<String> hiddenPackages) {
            super(parent);
            this.hiddenPackages = hiddenPackages;
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            for (String hidden : hiddenPackages) {
                if (name.startsWith(hidden)) {
                    throw new ClassNotFoundException(name);
                }
            }
            return super.loadClass(name, resolve);
        }

        @Override
        public URL getResource(String name) {
            return isHidden(name) ? null : super.getResource(name);
        }

        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
            return isHidden(name) ? Collections.emptyEnumeration() : super.getResources(name);
        }

        private boolean isHidden(String name) {
            if (name.equals(SERVICE_FILE)) {
                return true;
            }
            for (String hidden : hiddenPackages) {
                if (name.startsWith(hidden.replace('.', '/'))) {
                    return true;
                }
            }
            return false;
        }
    }
}
