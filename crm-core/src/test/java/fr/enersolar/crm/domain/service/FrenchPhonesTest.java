package fr.enersolar.crm.domain.service;

import static org.assertj.core.api.Assertions.assertThat;

import fr.enersolar.crm.domain.service.FrenchPhones.Invalid;
import fr.enersolar.crm.domain.service.FrenchPhones.Valid;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class FrenchPhonesTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "0612345678",
                "06 12 34 56 78",
                "06.12.34.56.78",
                "06-12-34-56-78",
                "+33 6 12 34 56 78",
                "+33612345678",
                "0033 6 12 34 56 78",
                "33612345678",
                "612345678",
                " (06) 12 34 56 78 "
            })
    void acceptsTheWaysVisitorsTypeAMobile(String typed) {
        assertThat(FrenchPhones.check(typed)).isEqualTo(new Valid("0612345678", "+33612345678"));
    }

    @ParameterizedTest
    @CsvSource({
        "01 42 68 53 00, 0142685300, +33142685300",
        "07 81 23 45 67, 0781234567, +33781234567",
        "+262 692 12 34 56, 0692123456, +262692123456"
    })
    void acceptsLandlinesOtherMobilesAndOverseasNumbers(
            String typed, String national, String e164) {
        assertThat(FrenchPhones.check(typed)).isEqualTo(new Valid(national, e164));
    }

    @ParameterizedTest
    @CsvSource({
        "0123456789, Numéro invalide (suite)",
        "0102030405, Numéro invalide (suite)",
        "0504030201, Numéro invalide (suite)",
        "0666666666, Numéro invalide (répétition)",
        "0666666667, Numéro invalide (répétition)"
    })
    void rejectsTheSeedsFakePatterns(String typed, String reason) {
        assertThat(FrenchPhones.check(typed)).isEqualTo(new Invalid(reason));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"061234567", "06123456789", "+44 20 7946 0958", "0012345678", "06123abc78"})
    void rejectsWhatIsNotAFrenchNumber(String typed) {
        assertThat(FrenchPhones.check(typed)).isInstanceOf(Invalid.class);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void saysAMissingPhoneIsRequired(String typed) {
        assertThat(FrenchPhones.check(typed))
                .isEqualTo(new Invalid("Le téléphone est obligatoire"));
    }

    /**
     * The national digits are those of libphonenumber's national format, for numbers of every
     * region read (random valid ones, seeded, of each region's own calling code).
     */
    @org.junit.jupiter.api.Test
    void theNationalDigitsAreThoseOfTheNationalFormatInEveryRegion() throws Exception {
        com.google.i18n.phonenumbers.PhoneNumberUtil util =
                com.google.i18n.phonenumbers.PhoneNumberUtil.getInstance();
        java.util.Random random = new java.util.Random(7);
        int compared = 0;
        for (String region :
                java.util.List.of("FR", "RE", "GP", "GF", "MQ", "YT", "PM", "BL", "MF")) {
            String prefix = "+" + util.getCountryCodeForRegion(region);
            for (int i = 0; i < 20_000; i++) {
                String raw = prefix + String.format("%09d", random.nextInt(1_000_000_000));
                var number = util.parse(raw, region);
                if (!util.isValidNumber(number)
                        || !region.equals(util.getRegionCodeForNumber(number))) {
                    continue;
                }
                String expected =
                        util.format(
                                        number,
                                        com.google.i18n.phonenumbers.PhoneNumberUtil
                                                .PhoneNumberFormat.NATIONAL)
                                .replaceAll("\\D", "");
                if (FrenchPhones.check(raw) instanceof Valid valid) {
                    assertThat(valid.national()).as(raw).isEqualTo(expected);
                    compared++;
                }
            }
        }
        assertThat(compared).isGreaterThan(10_000);
    }
}
