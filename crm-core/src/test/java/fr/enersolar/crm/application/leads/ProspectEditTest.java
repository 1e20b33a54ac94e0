package fr.enersolar.crm.application.leads;

import static org.assertj.core.api.Assertions.assertThat;

import fr.enersolar.crm.domain.model.lead.FieldError;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ProspectEditTest {

    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void validator() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    private static Map<String, String> values(ProspectEdit.Checked checked) {
        assertThat(checked).isInstanceOf(ProspectEdit.Accepted.class);
        return ((ProspectEdit.Accepted) checked).values();
    }

    private static java.util.List<FieldError> problems(ProspectEdit.Checked checked) {
        assertThat(checked).isInstanceOf(ProspectEdit.Refused.class);
        return ((ProspectEdit.Refused) checked).problems();
    }

    @Test
    void aPhoneIsStoredNationalAndE164AsIntakeStoresIt() {
        assertThat(values(ProspectEdit.check(Map.of("phone", "+33 6 12 34 56 78"), validator)))
                .containsExactly(
                        Map.entry("phone", "0612345678"), Map.entry("phone_e164", "+33612345678"));
    }

    @Test
    void aPostalCodeGivesItsDepartement() {
        assertThat(values(ProspectEdit.check(Map.of("code_postal", " 20090 "), validator)))
                .containsEntry("code_postal", "20090")
                .containsEntry("departement", "2A");
    }

    @Test
    void aDepartementAloneIsNormalised() {
        assertThat(values(ProspectEdit.check(Map.of("departement", "2b"), validator)))
                .containsExactly(Map.entry("departement", "2B"));
    }

    @Test
    void otherFieldsAreTrimmedAndOnlyTheGivenOnesChange() {
        Map<String, String> given = new HashMap<>();
        given.put("nom", "  Dupont ");
        given.put("prenom", null);
        assertThat(values(ProspectEdit.check(given, validator)))
                .containsExactly(Map.entry("nom", "Dupont"));
    }

    @Test
    void intakeRulesRefuseBadValuesByField() {
        assertThat(
                        problems(
                                ProspectEdit.check(
                                        Map.of(
                                                "phone", "0123456789",
                                                "code_postal", "7501",
                                                "nom", "x".repeat(256)),
                                        validator)))
                .extracting(FieldError::field)
                .containsExactlyInAnyOrder("phone", "code_postal", "nom");
    }

    @Test
    void aPhoneCannotBeErased() {
        assertThat(problems(ProspectEdit.check(Map.of("phone", ""), validator)))
                .singleElement()
                .satisfies(e -> assertThat(e.reason()).isEqualTo("Le téléphone est obligatoire"));
    }

    @Test
    void aDepartementMustMatchThePostalCode() {
        assertThat(
                        problems(
                                ProspectEdit.check(
                                        Map.of("code_postal", "75011", "departement", "13"),
                                        validator)))
                .extracting(FieldError::field)
                .containsExactly("departement");
        assertThat(problems(ProspectEdit.check(Map.of("departement", "20"), validator)))
                .extracting(FieldError::reason)
                .containsExactly("Département inconnu");
    }
}
