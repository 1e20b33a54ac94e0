package fr.enersolar.crm.web.dropin;

import fr.enersolar.crm.connector.spi.CrmConnectorFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;

/** Builds the test's connector jars from the classes of this package, as a partner ships one. */
public final class DropInJars {

    private DropInJars() {}

    /** A jar holding {@code factory} (and the classes it needs), its services entry and version. */
    public static Path build(
            Path jar, Class<? extends CrmConnectorFactory> factory, String version) {
        JavaArchive archive =
                ShrinkWrap.create(JavaArchive.class, jar.getFileName().toString())
                        .addPackage(EchoConnectorFactory.class.getPackage())
                        .deleteClass(DropInJars.class)
                        .setManifest(
                                new StringAsset(
                                        "Manifest-Version: 1.0\nImplementation-Version: "
                                                + version
                                                + "\n"))
                        .addAsManifestResource(
                                new StringAsset(factory.getName() + "\n"),
                                "services/" + CrmConnectorFactory.class.getName());
        try {
            Path partial = Files.createTempFile(jar.getParent(), "partial", ".tmp");
            archive.as(ZipExporter.class).exportTo(partial.toFile(), true);
            return Files.move(partial, jar, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A jar whose services entry names a class it does not hold. */
    public static Path broken(Path jar) {
        ShrinkWrap.create(JavaArchive.class, jar.getFileName().toString())
                .addAsManifestResource(
                        new StringAsset("com.example.Missing\n"),
                        "services/" + CrmConnectorFactory.class.getName())
                .as(ZipExporter.class)
                .exportTo(jar.toFile(), true);
        return jar;
    }
}
