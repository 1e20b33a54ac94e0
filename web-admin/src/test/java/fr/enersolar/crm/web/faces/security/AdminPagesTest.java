package fr.enersolar.crm.web.faces.security;

import static org.assertj.core.api.Assertions.assertThat;

import fr.enersolar.crm.web.security.Permission;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The list of pages and the pages on disk agree, so no page escapes its rule. */
class AdminPagesTest {

    private static final Path WEBAPP = Path.of("src/main/webapp");

    private static List<String> pagesOnDisk() throws IOException {
        try (Stream<Path> files = Files.walk(WEBAPP)) {
            return files.filter(f -> f.toString().endsWith(".xhtml"))
                    .map(f -> "/" + WEBAPP.relativize(f).toString().replace('\\', '/'))
                    .filter(
                            view ->
                                    !view.startsWith("/WEB-INF/")
                                            && !view.startsWith("/resources/"))
                    .sorted()
                    .toList();
        }
    }

    @Test
    void everyPageOnDiskHasARuleAndEveryRuleAPage() throws IOException {
        assertThat(pagesOnDisk())
                .containsExactlyInAnyOrderElementsOf(
                        Arrays.stream(AdminPage.values()).map(AdminPage::view).toList());
    }

    @Test
    void onlyTheLoginPageIsPublic() {
        assertThat(Arrays.stream(AdminPage.values()).filter(p -> p.permission().isPublic()))
                .containsExactly(AdminPage.LOGIN);
        assertThat(AdminPage.values())
                .allSatisfy(
                        p ->
                                assertThat(p.permission().kind())
                                        .isNotEqualTo(Permission.Kind.UNDECLARED));
    }

    @Test
    void unknownViewsHaveNoPage() {
        assertThat(AdminPage.ofView("/WEB-INF/templates/layout.xhtml")).isEmpty();
        assertThat(AdminPage.ofView("/leads/list.xhtml")).contains(AdminPage.LEADS);
        assertThat(AdminPage.menu()).doesNotContain(AdminPage.LOGIN, AdminPage.LEAD_DETAIL);
    }
}
