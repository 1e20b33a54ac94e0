package fr.enersolar.crm.application.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.enersolar.crm.domain.model.shared.LifecycleStatus;
import fr.enersolar.crm.domain.model.shared.ProductType;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChecksTest {

    private static Checks checks(String field, String value) {
        return new Checks(Values.builder().text(field, value).build());
    }

    private static List<String> problemFields(Checks checks) {
        try {
            checks.throwIfAny();
            return List.of();
        } catch (CatalogueException e) {
            return e.problems().stream().map(CatalogueException.Problem::field).toList();
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://soleil.example/lp",
                "http://localhost:8080/form?x=1",
                "HTTPS://Soleil.Example"
            })
    void acceptsHttpUrls(String url) {
        Checks checks = checks("url", url);

        assertThat(checks.httpUrl("url", false)).hasValue(url);
        assertThat(problemFields(checks)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "javascript:alert(1)",
                "ftp://files.example",
                "//soleil.example",
                "https://",
                "https://a.example/\"onmouseover=\"x",
                "https://a.example/<script>",
                "soleil.example"
            })
    void refusesWhatIsNotAnHttpUrl(String url) {
        Checks checks = checks("url", url);

        assertThat(checks.httpUrl("url", false)).isEmpty();
        assertThat(problemFields(checks)).containsExactly("url");
    }

    @Test
    void anOptionalUrlMayBeEmptyARequiredOneMayNot() {
        assertThat(checks("u", " ").httpUrl("u", true)).hasValue("");
        Checks required = new Checks(Values.none());
        required.requiredHttpUrl("u");
        assertThat(problemFields(required)).containsExactly("u");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/merci", "/merci?src=lp", "https://soleil.example/merci"})
    void acceptsAThankYouPathOrUrl(String url) {
        Checks checks = checks("redirect_url", url);

        assertThat(checks.redirectUrl("redirect_url")).hasValue(url);
        assertThat(problemFields(checks)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "//evil.example", "merci", "/a b", "/x\"y"})
    void refusesOtherThankYouUrls(String url) {
        Checks checks = checks("redirect_url", url);

        checks.redirectUrl("redirect_url");
        assertThat(problemFields(checks)).containsExactly("redirect_url");
    }

    @Test
    void readsColoursDomainsAndProducts() {
        assertThat(checks("c", "#1e40AF").color("c")).hasValue("#1e40AF");
        assertThat(checks("c", "#abc").color("c")).hasValue("#abc");
        Checks red = checks("c", "red");
        red.color("c");
        assertThat(problemFields(red)).containsExactly("c");

        assertThat(checks("d", "www.soleil-express.fr").domain("d"))
                .hasValue("www.soleil-express.fr");
        assertThat(checks("d", "localhost:8080").domain("d")).hasValue("localhost:8080");
        Checks badDomain = checks("d", "soleil.fr/<script>");
        badDomain.domain("d");
        assertThat(problemFields(badDomain)).containsExactly("d");

        assertThat(checks("p", " pac ").product("p")).hasValue(ProductType.PAC);
        Checks wood = checks("p", "BOIS");
        wood.product("p");
        assertThat(problemFields(wood)).containsExactly("p");
    }

    @Test
    void namesAreTrimmedAndNeitherBlankNorTooLong() {
        assertThat(checks("name", "  Soleil ").requiredName("name")).hasValue("Soleil");
        Checks blank = checks("name", "   ");
        blank.name("name");
        assertThat(problemFields(blank)).containsExactly("name");
        Checks tooLong = checks("name", "x".repeat(Checks.NAME_MAX + 1));
        tooLong.name("name");
        assertThat(problemFields(tooLong)).containsExactly("name");
    }

    @Test
    void aPartnerKeyHasNoSpaceInside() {
        assertThat(checks("k", " abc-123 ").partnerKey("k")).hasValue("abc-123");
        Checks spaced = checks("k", "abc 123");
        spaced.partnerKey("k");
        assertThat(problemFields(spaced)).containsExactly("k");
    }

    @Test
    void theMaskedKeySentBackKeepsTheKeyAndABlankOneCannotRemoveIt() {
        Checks masked = checks(KeyInput.FIELD, "****1234");
        assertThat(KeyInput.newKey(masked, true)).isEmpty();
        assertThat(problemFields(masked)).isEmpty();

        Checks blank = checks(KeyInput.FIELD, "");
        assertThat(KeyInput.newKey(blank, true)).isEmpty();
        assertThat(problemFields(blank)).containsExactly(KeyInput.FIELD);

        Checks blankWithoutKey = checks(KeyInput.FIELD, "");
        assertThat(KeyInput.newKey(blankWithoutKey, false)).isEmpty();
        assertThat(problemFields(blankWithoutKey)).isEmpty();

        assertThat(KeyInput.newKey(checks(KeyInput.FIELD, "new-key-1"), true))
                .hasValue("new-key-1");
    }

    @Test
    void aListStatusFilterDefaultsToActiveAndEmptyMeansAll() {
        assertThat(Statuses.filter(null)).hasValue(LifecycleStatus.ACTIVE);
        assertThat(Statuses.filter("")).isEmpty();
        assertThat(Statuses.filter("ARCHIVED")).hasValue(LifecycleStatus.ARCHIVED);
        assertThatThrownBy(() -> Statuses.filter("deleted"))
                .isInstanceOf(CatalogueException.class)
                .extracting(e -> ((CatalogueException) e).problems().get(0).field())
                .isEqualTo("status");
    }

    @Test
    void pagesAreBounded() {
        assertThat(new Paging(0, Paging.MAX_LIMIT).limit()).isEqualTo(500);
        assertThatThrownBy(() -> new Paging(0, Paging.MAX_LIMIT + 1))
                .isInstanceOf(CatalogueException.class);
        assertThatThrownBy(() -> new Paging(-1, 10)).isInstanceOf(CatalogueException.class);
        assertThatThrownBy(() -> new Paging(0, 0)).isInstanceOf(CatalogueException.class);
    }

    @Test
    void conversionsAreRoundedToOneDecimalAndZeroWithoutStarts() {
        FormStats stats = new FormStats(3, 2, 1, 1);

        assertThat(stats.leadConversion()).isEqualTo(66.7);
        assertThat(stats.finishedConversion()).isEqualTo(33.3);
        assertThat(FormStats.NONE.leadConversion()).isZero();
    }
}
