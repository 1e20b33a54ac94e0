package fr.enersolar.crm.infrastructure.connector;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

import fr.enersolar.crm.application.common.Outcome;
import fr.enersolar.crm.application.connectors.ConnectorCatalog;
import fr.enersolar.crm.application.connectors.ConnectorRegistry;
import fr.enersolar.crm.application.connectors.CrmConnectorAdministration;
import fr.enersolar.crm.application.connectors.CrmConnectorAdministration.CrmConnectorView;
import fr.enersolar.crm.domain.model.activity.Actor;
import fr.enersolar.crm.domain.model.crm.Crm;
import fr.enersolar.crm.domain.model.crm.CrmId;
import fr.enersolar.crm.domain.model.crm.CrmRepository;
import fr.enersolar.crm.domain.model.crm.CrmSlug;
import fr.enersolar.crm.domain.model.shared.SecretSealer;
import fr.enersolar.crm.domain.model.user.UserId;
import fr.enersolar.crm.infrastructure.config.CrmConfig;
import fr.enersolar.crm.infrastructure.store.MongoStore;
import fr.enersolar.crm.testing.CoreContainer;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Connector settings typed as secrets, through the staff use case and the connector registry of the
 * application on the in-process store: stored sealed (the CRM's document holds no clear value),
 * masked in every answer, opened for the connector only; a secret stored in clear before sealing
 * still works and is sealed at the next save.
 */
@EnableWeld
class SealedConnectorSettingsTest {

    private static final SecureRandom RANDOM = new SecureRandom();

    @WeldSetup WeldInitiator weld = CoreContainer.initiator();

    @Inject CrmConnectorAdministration administration;
    @Inject ConnectorCatalog catalog;
    @Inject ConnectorRegistry registry;
    @Inject CrmRepository crms;
    @Inject CrmConfig config;
    @Inject MongoStore store;
    @Inject SecretSealer sealer;

    private final Actor admin = new Actor(UserId.generate(), "admin@example.test", "Admin");
    private String connector;

    @BeforeEach
    void setUp() throws Exception {
        CoreContainer.resetStore();
        connector = "sealed" + HexFormat.of().formatHex(bytes(4));
        Files.createDirectories(config.connectorsDir());
        ConnectorJars.connector(
                config.connectorsDir().resolve(connector + ".jar"), connector, "1.0");
        catalog.rescan();
    }

    @Test
    void aSecretSettingIsStoredSealedShownMaskedAndOpenedForTheConnectorOnly() {
        Crm crm = crm();
        String token = secret();

        CrmConnectorView saved =
                done(
                        administration.update(
                                admin,
                                "127.0.0.1",
                                crm.id(),
                                Optional.of(connector),
                                Map.of("api_url", "https://a.example/api", "token", token)));

        assertThat(saved.settings())
                .containsEntry("token", "****" + last4(token))
                .containsEntry("api_url", "https://a.example/api");
        String stored = storedToken(crm.id());
        assertThat(sealer.isSealed(stored)).isTrue();
        assertThat(stored).doesNotContain(token);
        assertThat(storedDocument(crm.id()).toJson()).doesNotContain(token);
        assertThat(administration.view(crm.id()).orElseThrow().settings())
                .containsEntry("token", "****" + last4(token));
        assertThat(registry.connectorFor(crm.id()).orElseThrow().toString())
                .isEqualTo(connector + ":1.0:https://a.example/api:" + token);

        // The mask sent back keeps the secret, sealed again; the connector still gets it clear.
        done(
                administration.update(
                        admin,
                        "127.0.0.1",
                        crm.id(),
                        Optional.empty(),
                        Map.of(
                                "api_url",
                                "https://b.example/api",
                                "token",
                                "****" + last4(token))));
        String resealed = storedToken(crm.id());
        assertThat(sealer.isSealed(resealed)).isTrue();
        assertThat(sealer.open(resealed)).isEqualTo(token);
        assertThat(registry.connectorFor(crm.id()).orElseThrow().toString())
                .isEqualTo(connector + ":1.0:https://b.example/api:" + token);
    }

    @Test
    void aSecretStoredInClearBeforeSealingWorksAndIsSealedAtTheNextSave() {
        Crm crm = crm();
        String token = secret();
        crm.useConnector(
                connector,
                Map.of("api_url", "https://a.example/api", "token", token),
                Instant.now());
        crms.store(crm);
        assertThat(storedToken(crm.id())).isEqualTo(token);

        assertThat(administration.view(crm.id()).orElseThrow().settings())
                .containsEntry("token", "****" + last4(token));
        assertThat(registry.connectorFor(crm.id()).orElseThrow().toString()).endsWith(":" + token);

        done(
                administration.update(
                        admin,
                        "127.0.0.1",
                        crm.id(),
                        Optional.empty(),
                        Map.of(
                                "api_url",
                                "https://a.example/api",
                                "token",
                                "****" + last4(token))));

        String stored = storedToken(crm.id());
        assertThat(sealer.isSealed(stored)).isTrue();
        assertThat(storedDocument(crm.id()).toJson()).doesNotContain(token);
        assertThat(sealer.open(stored)).isEqualTo(token);
        assertThat(registry.connectorFor(crm.id()).orElseThrow().toString()).endsWith(":" + token);
    }

    @Test
    void aSecretThatNoLongerOpensIsShownAsAMaskAndMustBeTypedAgain() {
        Crm crm = crm();
        String elsewhere =
                fr.enersolar.crm.infrastructure.security.SecretBox.withKey(bytes(32))
                        .seal(secret());
        crm.useConnector(
                connector,
                Map.of("api_url", "https://a.example/api", "token", elsewhere),
                Instant.now());
        crms.store(crm);

        assertThat(administration.view(crm.id()).orElseThrow().settings())
                .containsEntry("token", "****");
        Outcome<CrmConnectorView> kept =
                administration.update(
                        admin,
                        "127.0.0.1",
                        crm.id(),
                        Optional.empty(),
                        Map.of("api_url", "https://a.example/api", "token", "****"));
        assertThat(kept).isInstanceOf(Outcome.Invalid.class);
        assertThat(((Outcome.Invalid<CrmConnectorView>) kept).field()).isEqualTo("settings.token");
        assertThat(storedToken(crm.id())).isEqualTo(elsewhere);
    }

    private Crm crm() {
        Crm crm =
                new Crm(
                        CrmId.generate(),
                        "Partenaire",
                        new CrmSlug("p" + HexFormat.of().formatHex(bytes(3))),
                        "https://x.example/",
                        Instant.now());
        crms.store(crm);
        return crm;
    }

    private Document storedDocument(CrmId id) {
        return store.database().getCollection("crms").find(eq("_id", id.value())).first();
    }

    private String storedToken(CrmId id) {
        return storedDocument(id).get("connector_settings", Document.class).getString("token");
    }

    private static CrmConnectorView done(Outcome<CrmConnectorView> outcome) {
        assertThat(outcome).isInstanceOf(Outcome.Done.class);
        return ((Outcome.Done<CrmConnectorView>) outcome).value();
    }

    private static String secret() {
        return "tok-" + HexFormat.of().formatHex(bytes(12));
    }

    private static String last4(String value) {
        return value.substring(value.length() - 4);
    }

    private static byte[] bytes(int n) {
        byte[] b = new byte[n];
        RANDOM.nextBytes(b);
        return b;
    }
}
