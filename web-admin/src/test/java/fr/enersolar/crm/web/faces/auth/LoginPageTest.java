package fr.enersolar.crm.web.faces.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LoginPageTest {

    private static String target(String next) {
        LoginPage page = new LoginPage();
        page.setNext(next);
        return page.target();
    }

    @Test
    void goesBackToTheRememberedPageWithItsQuery() {
        assertThat(target("/leads/detail.xhtml?id=abc-123"))
                .isEqualTo("/leads/detail.xhtml?id=abc-123");
        assertThat(target("/leads/list.xhtml")).isEqualTo("/leads/list.xhtml");
    }

    @Test
    void neverRedirectsOutsideTheApplicationOrToAnUnknownPage() {
        assertThat(target(null)).isEqualTo("/dashboard.xhtml");
        assertThat(target("//evil.example/leads/list.xhtml")).isEqualTo("/dashboard.xhtml");
        assertThat(target("https://evil.example/x.xhtml")).isEqualTo("/dashboard.xhtml");
        assertThat(target("/\\evil.example")).isEqualTo("/dashboard.xhtml");
        assertThat(target("/WEB-INF/templates/layout.xhtml")).isEqualTo("/dashboard.xhtml");
        assertThat(target("/login.xhtml")).isEqualTo("/dashboard.xhtml");
        assertThat(target("/leads/list.xhtml\r\nSet-Cookie: x=y")).isEqualTo("/dashboard.xhtml");
    }
}
