package fr.enersolar.crm.application.setup;

import fr.enersolar.crm.infrastructure.config.CrmConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.logging.Logger;

/**
 * Hands the secrets generated at first start to the operator exactly once, without writing them to
 * the server log: they go to a file readable by the owner only in the data folder. {@code run.sh}
 * prints it and deletes it; an operator deploying the EAR by hand reads and deletes it.
 */
@ApplicationScoped
public class FirstStartSecrets {

    /** The file name in the data folder. */
    public static final String FILE_NAME = "first-start-secrets.txt";

    private static final Logger LOG = Logger.getLogger(FirstStartSecrets.class.getName());

    @Inject CrmConfig config;

    public Path file() {
        return config.dataDir().resolve(FILE_NAME);
    }

    void publish(List<String> lines) {
        Path file = file();
        try {
            Files.createDirectories(file.getParent());
            Files.deleteIfExists(file);
            try {
                Files.createFile(
                        file,
                        PosixFilePermissions.asFileAttribute(
                                PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException | FileAlreadyExistsException e) {
                // not a POSIX file system: the file inherits the folder's permissions
            }
            Files.write(
                    file,
                    lines,
                    StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.TRUNCATE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
        LOG.warning(
                () ->
                        "First start: the generated credentials are in "
                                + file
                                + " (shown once by run.sh; read it, then delete it)");
    }
}
