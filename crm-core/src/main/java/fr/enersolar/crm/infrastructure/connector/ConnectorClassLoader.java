package fr.enersolar.crm.infrastructure.connector;

import fr.enersolar.crm.connector.spi.CrmConnectorFactory;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

/**
 * The class loader of one connector jar: the jar's own classes first, then the application's (its
 * parent). Child-first, so that a newer version of a connector the EAR also packages (same class
 * names) runs its own classes; but the SPI, the JDK and the Jakarta APIs always come from the
 * parent, so the factory is the application's {@link CrmConnectorFactory} type and the server's
 * JAX-RS client is shared.
 */
final class ConnectorClassLoader extends URLClassLoader {

    private static final String SPI_PACKAGE = CrmConnectorFactory.class.getPackageName() + ".";
    private static final List<String> PARENT_ONLY =
            List.of("java.", "javax.", "jakarta.", "jdk.", "sun.", "com.sun.", SPI_PACKAGE);

    static {
        ClassLoader.registerAsParallelCapable();
    }

    ConnectorClassLoader(URL jar, ClassLoader application) {
        super(new URL[] {jar}, application);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (PARENT_ONLY.stream().anyMatch(name::startsWith)) {
            return super.loadClass(name, resolve);
        }
        synchronized (getClassLoadingLock(name)) {
            Class<?> type = findLoadedClass(name);
            if (type == null) {
                try {
                    type = findClass(name);
                } catch (ClassNotFoundException notInTheJar) {
                    return super.loadClass(name, resolve);
                }
            }
            if (resolve) {
                resolveClass(type);
            }
            return type;
        }
    }

    @Override
    public URL getResource(String name) {
        URL own = findResource(name);
        return own != null ? own : super.getResource(name);
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
        List<URL> urls = new ArrayList<>(Collections.list(findResources(name)));
        ClassLoader parent = getParent();
        if (parent != null) {
            urls.addAll(Collections.list(parent.getResources(name)));
        }
        return Collections.enumeration(urls);
    }
}
