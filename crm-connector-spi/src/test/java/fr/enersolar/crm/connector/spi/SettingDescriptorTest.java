package fr.enersolar.crm.connector.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SettingDescriptorTest {

    @Test
    void describesASetting() {
        SettingDescriptor descriptor =
                SettingDescriptor.builder("read_timeout_ms", SettingType.INT)
                        .label("Délai de lecture (ms)")
                        .required()
                        .defaultValue("15000")
                        .help("Au-delà, la tentative est relancée plus tard.")
                        .build();

        assertThat(descriptor.key()).isEqualTo("read_timeout_ms");
        assertThat(descriptor.label()).isEqualTo("Délai de lecture (ms)");
        assertThat(descriptor.type()).isEqualTo(SettingType.INT);
        assertThat(descriptor.required()).isTrue();
        assertThat(descriptor.secret()).isFalse();
        assertThat(descriptor.defaultValue()).contains("15000");
        assertThat(descriptor.help()).startsWith("Au-delà");
    }

    @Test
    void refusesMalformedKeys() {
        for (String key : new String[] {"", "Api_url", "1url", "api-url", "api url"}) {
            assertThatThrownBy(
                            () ->
                                    SettingDescriptor.builder(key, SettingType.STRING)
                                            .label("x")
                                            .build())
                    .as(key)
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void refusesMissingLabel() {
        assertThatThrownBy(() -> SettingDescriptor.builder("a", SettingType.STRING).build())
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesDefaultTheTypeDoesNotAccept() {
        assertThatThrownBy(
                        () ->
                                SettingDescriptor.builder("n", SettingType.INT)
                                        .label("n")
                                        .defaultValue("beaucoup")
                                        .build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(
                        () ->
                                SettingDescriptor.builder("u", SettingType.URL)
                                        .label("u")
                                        .defaultValue("/relative")
                                        .build())
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesDefaultForASecret() {
        assertThatThrownBy(
                        () ->
                                SettingDescriptor.builder("token", SettingType.SECRET)
                                        .label("Jeton")
                                        .defaultValue("changeme")
                                        .build())
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void typesAcceptTheirValues() {
        assertThat(SettingType.URL.accepts("https://a.example/p?q=1")).isTrue();
        assertThat(SettingType.URL.accepts("http://127.0.0.1:8080/")).isTrue();
        assertThat(SettingType.URL.accepts("mailto:a@b.fr")).isFalse();
        assertThat(SettingType.URL.accepts("not a url")).isFalse();
        assertThat(SettingType.INT.accepts(" 42 ")).isTrue();
        assertThat(SettingType.INT.accepts("99999999999")).isFalse();
        assertThat(SettingType.BOOL.accepts("False")).isTrue();
        assertThat(SettingType.STRING.accepts("")).isTrue();
    }
}
