package fr.enersolar.crm.connector.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.enersolar.crm.connector.spi.ConnectorException;
import fr.enersolar.crm.connector.spi.ConnectorSettings;
import fr.enersolar.crm.connector.spi.CrmConnector;
import fr.enersolar.crm.connector.spi.CrmConnectorFactory;
import fr.enersolar.crm.connector.spi.SettingDescriptor;
import fr.enersolar.crm.connector.spi.SettingType;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What any connector owes the application, whatever its partner speaks: it is found by {@link
 * ServiceLoader} from its own class loader, it says who it is, its settings are well-formed data,
 * required settings are enforced, and a connector closes cleanly.
 *
 * <p>A connector's test extends this class (or {@link PartnerApiContract}) and says which factory
 * to test and with which settings a connector can be built.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class CrmConnectorContract {

    /** What a connector id looks like (stored with each CRM, so it must stay simple). */
    public static final Pattern ID_PATTERN = Pattern.compile("[a-z][a-z0-9_-]{0,31}");

    /**
     * The factory under test, as the application would get it.
     *
     * @return the factory
     */
    protected abstract CrmConnectorFactory factory();

    /**
     * Settings with which {@link CrmConnectorFactory#create} succeeds.
     *
     * @return values by key
     */
    protected abstract Map<String, String> validSettings();

    @Test
    void isFoundByServiceLoaderFromItsOwnClassLoader() {
        CrmConnectorFactory factory = factory();
        ClassLoader loader = factory.getClass().getClassLoader();

        List<CrmConnectorFactory> found =
                ServiceLoader.load(CrmConnectorFactory.class, loader).stream()
                        .filter(p -> p.type() == factory.getClass())
                        .map(ServiceLoader.Provider::get)
                        .toList();

        assertThat(found)
                .as("META-INF/services/%s names %s", CrmConnectorFactory.class.getName(), factory)
                .hasSize(1);
        assertThat(found.get(0).id()).isEqualTo(factory.id());
    }

    @Test
    void saysWhoItIs() {
        CrmConnectorFactory factory = factory();

        assertThat(factory.id()).matches(ID_PATTERN);
        assertThat(factory.displayName()).isNotBlank();
        assertThat(factory.version()).isNotBlank();
    }

    @Test
    void describesWellFormedSettings() {
        List<SettingDescriptor> settings = factory().settings();
        Set<String> keys = new HashSet<>();

        for (SettingDescriptor setting : settings) {
            assertThat(keys.add(setting.key())).as("unique key %s", setting.key()).isTrue();
            assertThat(setting.key()).matches(SettingDescriptor.KEY_PATTERN);
            assertThat(setting.label()).as("label of %s", setting.key()).isNotBlank();
            assertThat(setting.help()).as("help of %s", setting.key()).isNotNull();
            setting.defaultValue()
                    .ifPresent(
                            value -> {
                                assertThat(setting.type()).isNotEqualTo(SettingType.SECRET);
                                assertThat(setting.type().accepts(value))
                                        .as("default of %s", setting.key())
                                        .isTrue();
                            });
        }
        assertThat(settings).isEqualTo(factory().settings());
    }

    @Test
    void acceptsItsValidSettings() {
        assertThatCode(() -> ConnectorSettings.of(factory().settings(), validSettings()))
                .doesNotThrowAnyException();
    }

    @Test
    void refusesEachMissingRequiredSetting() {
        for (SettingDescriptor setting : factory().settings()) {
            if (!setting.required() || setting.defaultValue().isPresent()) {
                continue;
            }
            Map<String, String> values = new HashMap<>(validSettings());
            values.remove(setting.key());

            assertThatThrownBy(() -> ConnectorSettings.of(factory().settings(), values))
                    .isInstanceOf(ConnectorException.class)
                    .satisfies(
                            e ->
                                    assertThat(((ConnectorException) e).settingKey())
                                            .contains(setting.key()));
        }
    }

    @Test
    void closesTwiceAndRefusesToDeliverOnceClosed() {
        CrmConnector connector =
                factory().create(ConnectorSettings.of(factory().settings(), validSettings()));

        connector.close();

        assertThatCode(connector::close).doesNotThrowAnyException();
        assertThatThrownBy(() -> connector.deliver(SampleLeads.complete(SampleLeads.newKey())))
                .isInstanceOf(ConnectorException.class);
    }
}
