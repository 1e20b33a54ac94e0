package fr.enersolar.crm.infrastructure.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README's configuration table is the operators' reference: it must list exactly the keys. */
class ReadmeConfigurationTableTest {

    private static final Pattern ROW =
            Pattern.compile("^\\| `(CRM_[A-Z0-9_]+)` \\| `([a-z0-9.\\-]+)` \\|");

    private static Map<String, String> readmeRows() throws IOException {
        Path readme = Path.of("..", "README.md");
        Map<String, String> rows = new LinkedHashMap<>();
        for (String line : Files.readAllLines(readme)) {
            Matcher m = ROW.matcher(line);
            if (m.find()) {
                rows.put(m.group(1), m.group(2));
            }
        }
        return rows;
    }

    @Test
    void listsEveryConfigurationKeyWithItsEnvironmentVariable() throws IOException {
        Map<String, String> expected = new LinkedHashMap<>();
        Arrays.stream(ConfigKey.values())
                .forEach(key -> expected.put(key.environmentVariable(), key.get()));

        assertThat(readmeRows()).containsExactlyInAnyOrderEntriesOf(expected);
    }
}
