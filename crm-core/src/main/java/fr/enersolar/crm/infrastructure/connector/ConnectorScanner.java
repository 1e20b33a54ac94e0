package fr.enersolar.crm.infrastructure.connector;

import fr.enersolar.crm.application.connectors.ConnectorProblem;
import fr.enersolar.crm.application.connectors.InstalledConnector;
import fr.enersolar.crm.application.connectors.InstalledConnector.Source;
import fr.enersolar.crm.connector.spi.CrmConnectorFactory;
import fr.enersolar.crm.connector.spi.SettingDescriptor;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.reflect.InvocationTargetException;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * Finds connector factories: with {@link ServiceLoader} in the application's class loader (the
 * EAR's {@code lib/}), and in each {@code .jar} of the connectors folder through a {@link
 * URLClassLoader} of its own (child-first) whose parent is the application's loader, so it sees the
 * SPI and nothing of other connector jars.
 *
 * <p>Folder jars load their own classes first ({@link ConnectorClassLoader}), so a newer jar of a
 * connector the EAR packages too replaces it; the SPI always comes from the application.
 *
 * <p>A jar is read by hand rather than through {@link ServiceLoader}, so that each of its entries
 * is checked on its own and the application's providers are not found again through the parent: the
 * jar must open, must not bundle the SPI, must declare {@code
 * META-INF/services/fr.enersolar.crm.connector.spi.CrmConnectorFactory}, and each class named there
 * must come from the jar, implement the factory, instantiate and answer its id, name, version and
 * settings. Whatever fails is a {@link ConnectorProblem}, never an exception.
 *
 * <p>When two sources give the same id, the newest version ({@link ConnectorVersions}) wins; on a
 * tie the EAR's wins, then the jar whose name sorts first. The others are reported as problems.
 *
 * <p>A jar unchanged since the previous scan (same name, size and modification time) keeps its
 * class loader and factories, so a rescan replaces only what changed. Not thread-safe: the registry
 * scans under its lock.
 */
final class ConnectorScanner implements AutoCloseable {

    static final String SERVICE_FILE = "META-INF/services/" + CrmConnectorFactory.class.getName();
    private static final String SPI_PATH =
            CrmConnectorFactory.class.getPackageName().replace('.', '/') + "/";
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_-]{0,63}");
    private static final Pattern CLASS_NAME =
            Pattern.compile("[\\p{javaJavaIdentifierStart}][\\p{javaJavaIdentifierPart}.$]*");
    private static final Logger LOG = Logger.getLogger(ConnectorScanner.class.getName());

    /** What one scan found; {@code obsolete} are the loaders of jars gone or changed. */
    record Result(
            List<InstalledConnector> connectors,
            List<ConnectorProblem> problems,
            List<URLClassLoader> obsolete) {}

    /** A jar as it was when read. */
    private record JarKey(String name, long size, long modified) {}

    /** A jar read: its loader (null when nothing was installed from it) and what it gave. */
    private record LoadedJar(
            URLClassLoader loader,
            List<InstalledConnector> connectors,
            List<ConnectorProblem> problems) {}

    private final ClassLoader application;
    private List<InstalledConnector> earConnectors;
    private List<ConnectorProblem> earProblems;
    private Map<JarKey, LoadedJar> jars = new HashMap<>();

    ConnectorScanner(ClassLoader application) {
        this.application = application;
    }

    /** Scans the application (once: it cannot change while deployed) and the folder (each time). */
    Result scan(Path folder) {
        if (earConnectors == null) {
            scanApplication();
        }
        List<ConnectorProblem> problems = new ArrayList<>(earProblems);
        Map<JarKey, LoadedJar> kept = new LinkedHashMap<>();
        for (Path jar : jarsIn(folder, problems)) {
            JarKey key;
            try {
                BasicFileAttributes attributes =
                        Files.readAttributes(jar, BasicFileAttributes.class);
                key =
                        new JarKey(
                                jar.getFileName().toString(),
                                attributes.size(),
                                attributes.lastModifiedTime().toMillis());
            } catch (IOException e) {
                problems.add(problem(jar, "fichier illisible : " + e.getMessage()));
                continue;
            }
            LoadedJar loaded = jars.get(key);
            if (loaded == null) {
                loaded = load(jar);
            }
            kept.put(key, loaded);
        }
        List<URLClassLoader> obsolete = new ArrayList<>();
        jars.forEach(
                (key, loaded) -> {
                    if (!kept.containsKey(key) && loaded.loader() != null) {
                        obsolete.add(loaded.loader());
                    }
                });
        jars = kept;

        List<InstalledConnector> candidates = new ArrayList<>(earConnectors);
        kept.values()
                .forEach(
                        loaded -> {
                            candidates.addAll(loaded.connectors());
                            problems.addAll(loaded.problems());
                        });
        return new Result(chooseNewest(candidates, problems), problems, obsolete);
    }

    private static List<Path> jarsIn(Path folder, List<ConnectorProblem> problems) {
        List<Path> found = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return found;
        }
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder, "*.jar")) {
            stream.forEach(
                    p -> {
                        if (Files.isRegularFile(p)) {
                            found.add(p);
                        }
                    });
        } catch (NoSuchFileException e) {
            return found;
        } catch (IOException e) {
            problems.add(
                    new ConnectorProblem(
                            folder.toString(), "dossier des connecteurs illisible : " + e));
        }
        found.sort(Comparator.comparing(p -> p.getFileName().toString()));
        return found;
    }

    private void scanApplication() {
        List<InstalledConnector> found = new ArrayList<>();
        List<ConnectorProblem> problems = new ArrayList<>();
        Iterator<CrmConnectorFactory> it =
                ServiceLoader.load(CrmConnectorFactory.class, application).iterator();
        // A bad provider throws from hasNext()/next(); the iterator then moves on to the next one.
        for (int guard = 0; guard < 1000; guard++) {
            try {
                if (!it.hasNext()) {
                    break;
                }
                CrmConnectorFactory factory = it.next();
                describe(factory, Source.EAR, null, found, problems, "ear");
            } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
                problems.add(new ConnectorProblem("ear", "fabrique inutilisable : " + reason(e)));
            }
        }
        earConnectors = List.copyOf(found);
        earProblems = List.copyOf(problems);
    }

    private LoadedJar load(Path jar) {
        List<ConnectorProblem> problems = new ArrayList<>();
        List<String> classNames;
        try (JarFile file = new JarFile(jar.toFile())) {
            file.getManifest();
            if (file.stream().anyMatch(e -> e.getName().startsWith(SPI_PATH))) {
                problems.add(
                        problem(
                                jar,
                                "le jar embarque le SPI ("
                                        + CrmConnectorFactory.class.getPackageName()
                                        + ") : il doit utiliser celui de l'application"));
                return new LoadedJar(null, List.of(), problems);
            }
            JarEntry services = file.getJarEntry(SERVICE_FILE);
            if (services == null) {
                problems.add(problem(jar, "aucune déclaration " + SERVICE_FILE));
                return new LoadedJar(null, List.of(), problems);
            }
            classNames = classNames(file, services);
        } catch (IOException | RuntimeException e) {
            problems.add(problem(jar, "archive illisible : " + reason(e)));
            return new LoadedJar(null, List.of(), problems);
        }
        if (classNames.isEmpty()) {
            problems.add(problem(jar, SERVICE_FILE + " ne nomme aucune classe"));
            return new LoadedJar(null, List.of(), problems);
        }
        URLClassLoader loader;
        try {
            loader = new ConnectorClassLoader(jar.toUri().toURL(), application);
        } catch (IOException e) {
            problems.add(problem(jar, "archive illisible : " + reason(e)));
            return new LoadedJar(null, List.of(), problems);
        }
        List<InstalledConnector> found = new ArrayList<>();
        String name = jar.getFileName().toString();
        for (String className : classNames) {
            instantiate(loader, className, jar, problems)
                    .ifPresent(
                            factory ->
                                    describe(factory, Source.FOLDER, name, found, problems, name));
        }
        if (found.isEmpty()) {
            close(loader);
            loader = null;
        }
        return new LoadedJar(loader, List.copyOf(found), List.copyOf(problems));
    }

    private Optional<CrmConnectorFactory> instantiate(
            URLClassLoader loader, String className, Path jar, List<ConnectorProblem> pending) {
        if (!CLASS_NAME.matcher(className).matches()) {
            pending.add(
                    problem(
                            jar,
                            "nom de classe invalide dans " + SERVICE_FILE + " : " + className));
            return Optional.empty();
        }
        Class<?> type;
        try {
            type = Class.forName(className, false, loader);
        } catch (ClassNotFoundException e) {
            pending.add(problem(jar, "classe introuvable : " + className));
            return Optional.empty();
        } catch (LinkageError e) {
            pending.add(problem(jar, "classe " + className + " inutilisable : " + reason(e)));
            return Optional.empty();
        }
        if (type.getClassLoader() != loader) {
            pending.add(
                    problem(
                            jar,
                            "la classe "
                                    + className
                                    + " est fournie par l'application, pas par le jar"));
            return Optional.empty();
        }
        if (!CrmConnectorFactory.class.isAssignableFrom(type)) {
            pending.add(
                    problem(
                            jar,
                            className
                                    + " n'implémente pas "
                                    + CrmConnectorFactory.class.getName()));
            return Optional.empty();
        }
        try {
            return Optional.of((CrmConnectorFactory) type.getConstructor().newInstance());
        } catch (InvocationTargetException e) {
            pending.add(
                    problem(
                            jar,
                            "la fabrique " + className + " a échoué : " + reason(e.getCause())));
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            pending.add(
                    problem(
                            jar,
                            "la fabrique " + className + " ne s'instancie pas : " + reason(e)));
        }
        return Optional.empty();
    }

    private void describe(
            CrmConnectorFactory factory,
            Source source,
            String jar,
            List<InstalledConnector> found,
            List<ConnectorProblem> problems,
            String where) {
        String className = factory.getClass().getName();
        try {
            String id = factory.id();
            if (id == null || !ID.matcher(id).matches()) {
                problems.add(
                        new ConnectorProblem(
                                where, "identifiant invalide « " + id + " » (" + className + ")"));
                return;
            }
            String name = factory.displayName();
            if (name == null || name.isBlank()) {
                name = id;
            }
            String version = factory.version();
            if (version == null || version.isBlank()) {
                version = "unknown";
            }
            List<SettingDescriptor> settings = List.copyOf(factory.settings());
            Set<String> keys = new HashSet<>();
            for (SettingDescriptor setting : settings) {
                if (!keys.add(setting.key())) {
                    throw new IllegalStateException("paramètre en double : " + setting.key());
                }
            }
            found.add(new InstalledConnector(id, name, version, source, jar, settings, factory));
            String line = id + " " + version + " (" + where + ")";
            LOG.info(() -> "Connector found: " + line);
        } catch (RuntimeException | LinkageError e) {
            problems.add(
                    new ConnectorProblem(
                            where, "la fabrique " + className + " a échoué : " + reason(e)));
        }
    }

    private static List<String> classNames(JarFile file, JarEntry services) throws IOException {
        List<String> names = new ArrayList<>();
        try (BufferedReader reader =
                new BufferedReader(
                        new InputStreamReader(
                                file.getInputStream(services), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                int comment = line.indexOf('#');
                String name = (comment >= 0 ? line.substring(0, comment) : line).trim();
                if (!name.isEmpty() && !names.contains(name)) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    /**
     * One connector per id: the newest version; on a tie the EAR's, then the first jar by name
     * (candidates come in that order). The others become problems.
     */
    private static List<InstalledConnector> chooseNewest(
            List<InstalledConnector> candidates, List<ConnectorProblem> problems) {
        Map<String, InstalledConnector> chosen = new LinkedHashMap<>();
        for (InstalledConnector candidate : candidates) {
            InstalledConnector current = chosen.get(candidate.id());
            if (current == null) {
                chosen.put(candidate.id(), candidate);
            } else if (ConnectorVersions.compare(candidate.version(), current.version()) > 0) {
                chosen.put(candidate.id(), candidate);
                problems.add(shadowed(current, candidate));
            } else {
                problems.add(shadowed(candidate, current));
            }
        }
        List<InstalledConnector> result = new ArrayList<>(chosen.values());
        result.sort(Comparator.comparing(InstalledConnector::id));
        return result;
    }

    private static ConnectorProblem shadowed(InstalledConnector loser, InstalledConnector winner) {
        return new ConnectorProblem(
                sourceName(loser),
                "connecteur "
                        + loser.id()
                        + " "
                        + loser.version()
                        + " ignoré : la version "
                        + winner.version()
                        + " ("
                        + sourceName(winner)
                        + ") est retenue");
    }

    private static String sourceName(InstalledConnector c) {
        return c.jarName().orElse("ear");
    }

    private static ConnectorProblem problem(Path jar, String reason) {
        return new ConnectorProblem(jar.getFileName().toString(), reason);
    }

    private static String reason(Throwable e) {
        if (e == null) {
            return "erreur inconnue";
        }
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    static void close(URLClassLoader loader) {
        try {
            loader.close();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not close a connector class loader", e);
        }
    }

    /** Closes every jar's loader; the scanner is not used afterwards. */
    @Override
    public void close() {
        jars.values().stream()
                .map(LoadedJar::loader)
                .filter(l -> l != null)
                .forEach(ConnectorScanner::close);
        jars = new HashMap<>();
    }
}
