package fr.enersolar.crm.application.leads;

import static org.assertj.core.api.Assertions.assertThat;

import fr.enersolar.crm.domain.model.crm.CrmId;
import fr.enersolar.crm.domain.model.form.FormCode;
import fr.enersolar.crm.domain.model.lead.FieldError;
import fr.enersolar.crm.domain.model.shared.ProductType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LeadParametersTest {

    /** 11:00 in Paris (UTC+1 in November). */
    private final Instant now = Instant.parse("2026-11-20T10:00:00Z");

    private static List<String> fields(LeadParameters p) {
        return p.problems().stream().map(FieldError::field).toList();
    }

    @Test
    void readsEveryFilter() {
        CrmId crm = CrmId.generate();
        LeadParameters p =
                LeadParameters.of(
                        Map.of(
                                "crm_id", crm.value(),
                                "product_type", "pac",
                                "status", "failed",
                                "form_code", "pac-7",
                                "departements", "75, 2a,75",
                                "q", "dupont"));

        LeadCriteria c = p.criteria(now);

        assertThat(p.problems()).isEmpty();
        assertThat(c.targetCrm()).contains(crm);
        assertThat(c.product()).contains(ProductType.PAC);
        assertThat(c.status()).contains("failed");
        assertThat(c.form()).contains(new FormCode("PAC-007"));
        assertThat(c.departements()).containsExactly("75", "2A");
        assertThat(c.search()).containsInstanceOf(SearchTerm.Name.class);
    }

    @Test
    void nothingGivenSelectsEverything() {
        assertThat(LeadParameters.of(Map.of("departement", " ")).criteria(now).isAny()).isTrue();
    }

    @Test
    void daysAreParisDaysWithTheEndDayIncluded() {
        LeadCriteria c =
                LeadParameters.of(Map.of("date_from", "2026-11-01", "date_to", "2026-11-20"))
                        .criteria(now);

        assertThat(c.from()).contains(Instant.parse("2026-10-31T23:00:00Z"));
        assertThat(c.to()).contains(Instant.parse("2026-11-20T23:00:00Z"));
    }

    @Test
    void instantsAreTakenAsTheyAre() {
        LeadCriteria c =
                LeadParameters.of(Map.of("date_from", "2026-11-01T08:00:00Z")).criteria(now);

        assertThat(c.from()).contains(Instant.parse("2026-11-01T08:00:00Z"));
        assertThat(c.to()).isEmpty();
    }

    @Test
    void periodsReplaceTheDates() {
        assertThat(
                        LeadParameters.of(Map.of("period", "today", "date_from", "2020-01-01"))
                                .criteria(now)
                                .from())
                .contains(Instant.parse("2026-11-19T23:00:00Z"));
        assertThat(LeadParameters.of(Map.of("period", "week")).criteria(now).from())
                .contains(Instant.parse("2026-11-13T10:00:00Z"));
        assertThat(LeadParameters.of(Map.of("period", "month")).criteria(now).from())
                .contains(Instant.parse("2026-10-21T10:00:00Z"));
        assertThat(
                        LeadParameters.of(Map.of("period", "custom", "date_from", "2026-11-02"))
                                .criteria(now)
                                .from())
                .contains(Instant.parse("2026-11-01T23:00:00Z"));
    }

    @Test
    void namesEveryBadParameter() {
        LeadParameters p =
                LeadParameters.of(
                        Map.of(
                                "crm_id", "zr7",
                                "product_type", "XYZ",
                                "status", "$ne",
                                "form_code", "nope",
                                "departement", "20",
                                "date_from", "hier",
                                "q", "x",
                                "period", "year"));

        p.criteria(now);

        assertThat(fields(p))
                .containsExactlyInAnyOrder(
                        "period",
                        "crm_id",
                        "product_type",
                        "status",
                        "form_code",
                        "departement",
                        "q");
        assertThat(p.problems()).allSatisfy(e -> assertThat(e.reason()).isNotBlank());
    }

    @Test
    void refusesAnEmptyOrReversedRange() {
        LeadParameters p =
                LeadParameters.of(
                        Map.of("date_from", "2026-11-20", "date_to", "2026-11-19T00:00:00Z"));

        p.criteria(now);

        assertThat(fields(p)).containsExactly("date_to");
    }

    @Test
    void pagingDefaultsToTheFirstHundred() {
        assertThat(LeadParameters.of(Map.of()).paging()).isEqualTo(new Paging(0, 100));
    }

    @Test
    void pagingBySkipOrByPage() {
        assertThat(LeadParameters.of(Map.of("limit", "20", "skip", "40")).paging())
                .isEqualTo(new Paging(40, 20));
        Paging page3 = LeadParameters.of(Map.of("limit", "20", "page", "3")).paging();
        assertThat(page3).isEqualTo(new Paging(40, 20));
        assertThat(page3.page()).isEqualTo(3);
    }

    @Test
    void pagingIsBounded() {
        for (Map<String, String> bad :
                List.of(
                        Map.of("limit", "0"),
                        Map.of("limit", "501"),
                        Map.of("limit", "ten"),
                        Map.of("skip", "-1"),
                        Map.of("skip", "100001"),
                        Map.of("page", "0"),
                        Map.of("page", "100000"),
                        Map.of("page", "2", "skip", "3"))) {
            LeadParameters p = LeadParameters.of(bad);
            p.paging();
            assertThat(p.problems()).as(bad.toString()).hasSize(1);
        }
    }

    @Test
    void flagsAreTrueOrFalse() {
        assertThat(LeadParameters.of(Map.of("archived", "true")).flag("archived")).isTrue();
        assertThat(LeadParameters.of(Map.of()).flag("archived")).isFalse();
        LeadParameters bad = LeadParameters.of(Map.of("archived", "oui"));
        assertThat(bad.flag("archived")).isFalse();
        assertThat(fields(bad)).containsExactly("archived");
    }

    @Test
    void integersAreCheckedAgainstTheirRange() {
        LeadParameters p = LeadParameters.of(Map.of("days", "400"));
        assertThat(p.integer("days", 1, 366)).isEqualTo(Optional.empty());
        assertThat(p.problems())
                .singleElement()
                .satisfies(e -> assertThat(e.field()).isEqualTo("days"));
    }
}
