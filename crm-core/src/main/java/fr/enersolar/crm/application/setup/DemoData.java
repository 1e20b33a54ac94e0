package fr.enersolar.crm.application.setup;

import fr.enersolar.crm.domain.model.account.Account;
import fr.enersolar.crm.domain.model.account.AccountId;
import fr.enersolar.crm.domain.model.account.AccountRepository;
import fr.enersolar.crm.domain.model.commande.Commande;
import fr.enersolar.crm.domain.model.commande.CommandeId;
import fr.enersolar.crm.domain.model.commande.CommandeRepository;
import fr.enersolar.crm.domain.model.crm.Crm;
import fr.enersolar.crm.domain.model.crm.CrmId;
import fr.enersolar.crm.domain.model.crm.CrmRepository;
import fr.enersolar.crm.domain.model.crm.CrmSlug;
import fr.enersolar.crm.domain.model.form.Form;
import fr.enersolar.crm.domain.model.form.FormId;
import fr.enersolar.crm.domain.model.form.FormRepository;
import fr.enersolar.crm.domain.model.lp.Lp;
import fr.enersolar.crm.domain.model.lp.LpId;
import fr.enersolar.crm.domain.model.lp.LpRepository;
import fr.enersolar.crm.domain.model.shared.Departement;
import fr.enersolar.crm.domain.model.shared.ProductType;
import fr.enersolar.crm.domain.model.shared.SecretSealer;
import fr.enersolar.crm.infrastructure.config.ConfigKey;
import fr.enersolar.crm.infrastructure.config.CrmConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * With {@code CRM_DEMO=true}, gives an empty store a working set-up for both CRMs: the two buyer
 * CRMs, one account each, landing pages with their forms, and commandes with prices, so a fresh
 * install can take leads at once. It runs only while no CRM exists, so it never touches real data.
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final List<String> ILE_DE_FRANCE =
            List.of("75", "77", "78", "91", "92", "93", "94", "95");

    @Inject CrmConfig config;
    @Inject Clock clock;
    @Inject CrmRepository crms;
    @Inject AccountRepository accounts;
    @Inject LpRepository lps;
    @Inject FormRepository forms;
    @Inject CommandeRepository commandes;
    @Inject SecretSealer secrets;

    /** Creates the demo set-up when it is asked for and the store has no CRM yet. */
    public void createIfRequested() {
        if (!config.flag(ConfigKey.DEMO) || !crms.all().isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        Crm zr7 = crm("ZR7 Digital", "zr7", now);
        Crm mdl = crm("Maison du Lead", "mdl", now);

        Account solaire = account("Soleil Express", zr7, now);
        landingPage(solaire, "Panneaux solaires - Île-de-France", ProductType.PV, now);
        landingPage(solaire, "Pompe à chaleur - Sud", ProductType.PAC, now);
        Account confort = account("Confort Habitat", mdl, now);
        landingPage(confort, "Pompe à chaleur - national", ProductType.PAC, now);
        landingPage(confort, "Isolation par l'extérieur", ProductType.ITE, now);

        commande(zr7, ProductType.PV, departements(ILE_DE_FRANCE), 2500, now);
        commande(zr7, ProductType.PAC, departements(List.of("13", "83", "84", "06")), 2000, now);
        commande(mdl, ProductType.PAC, List.of(), 1800, now);
        commande(mdl, ProductType.ITE, List.of(), 1500, now);
        LOG.info("Demo data created: 2 CRMs, 2 accounts, 4 landing pages and forms, 4 commandes");
    }

    private Crm crm(String name, String slug, Instant now) {
        // Both demo buyers deliver, through their own connector (id = slug), to the built-in
        // sandbox partner of this server, so a fresh install routes and delivers end to end.
        String url = sandboxUrl(config.required(ConfigKey.HTTP_PORT), slug);
        Crm crm = new Crm(CrmId.generate(), name, new CrmSlug(slug), url, now);
        crm.useConnector(slug, Map.of("api_url", url), now);
        crms.store(crm);
        return crm;
    }

    /** The sandbox partner's create-lead URL on this server for a partner slug. */
    static String sandboxUrl(String httpPort, String slug) {
        return "http://localhost:" + httpPort + "/sandbox/" + slug + "/lead/api/create_lead/";
    }

    private Account account(String name, Crm crm, Instant now) {
        Account account = new Account(AccountId.generate(), name, crm.id(), now, null);
        account.brand(
                name.toLowerCase(java.util.Locale.ROOT).replace(' ', '-') + ".example",
                "",
                "",
                "",
                null,
                null,
                now,
                null);
        accounts.store(account);
        return account;
    }

    private void landingPage(Account account, String name, ProductType product, Instant now) {
        String site = "https://" + account.domain();
        Form form =
                new Form(
                        FormId.generate(),
                        forms.nextCode(product),
                        account.id(),
                        "Form " + name,
                        site + "/formulaire-" + product.name().toLowerCase(java.util.Locale.ROOT),
                        now,
                        null);
        // A random key per demo form: the sandbox partner accepts any key, and none is shared.
        form.useSealedCrmApiKey(
                secrets.seal("demo-" + HexFormat.of().formatHex(randomBytes())), now, null);
        Lp lp =
                new Lp(
                        LpId.generate(),
                        lps.nextCode(),
                        account.id(),
                        name,
                        site + "/" + product.name().toLowerCase(java.util.Locale.ROOT),
                        product,
                        now,
                        null);
        lp.linkForm(form.id(), now, null);
        form.linkLp(lp.id(), now, null);
        forms.store(form);
        lps.store(lp);
    }

    private void commande(
            Crm crm, ProductType product, List<Departement> departements, long cents, Instant now) {
        commandes.store(
                new Commande(
                        CommandeId.generate(),
                        crm.id(),
                        Optional.of(product),
                        departements,
                        cents,
                        now));
    }

    private static List<Departement> departements(List<String> codes) {
        return codes.stream().map(Departement::of).toList();
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
