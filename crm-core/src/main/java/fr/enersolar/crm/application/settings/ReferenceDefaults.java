package fr.enersolar.crm.application.settings;

import fr.enersolar.crm.domain.model.reference.Aide;
import fr.enersolar.crm.domain.model.reference.DiffusionSource;
import fr.enersolar.crm.domain.model.reference.DiffusionSourceId;
import fr.enersolar.crm.domain.model.reference.ProductDefinition;
import fr.enersolar.crm.domain.model.reference.ProductDefinitionId;
import fr.enersolar.crm.domain.model.reference.Slug;
import java.time.Instant;
import java.util.List;

/**
 * What the two {@code init} endpoints add to an empty collection: the seed's eight diffusion
 * sources and its three product types with French descriptions of their usual aids. The aid texts
 * are indicative (amounts change every year): the operator edits them.
 */
final class ReferenceDefaults {

    private ReferenceDefaults() {}

    static List<DiffusionSource> sources(Instant at) {
        return List.of(
                source("Google Ads", "google", "google", "#4285F4", at),
                source("Facebook Ads", "facebook", "facebook", "#1877F2", at),
                source("Taboola", "taboola", "newspaper", "#0056A3", at),
                source("Outbrain", "outbrain", "newspaper", "#F26722", at),
                source("Native", "native", "globe", "#6B7280", at),
                source("E-mailing", "email", "mail", "#10B981", at),
                source("SMS", "sms", "message-square", "#8B5CF6", at),
                source("Partenaire", "partner", "users", "#F59E0B", at));
    }

    static List<ProductDefinition> products(Instant at) {
        return List.of(
                product(
                        "PV",
                        "Panneaux solaires photovoltaïques",
                        "#F59E0B",
                        List.of(
                                new Aide(
                                        "Prime à l'autoconsommation",
                                        "Selon la puissance installée (€/kWc)",
                                        "Installation en autoconsommation avec vente du surplus,"
                                                + " posée par un installateur RGE"),
                                new Aide(
                                        "Obligation d'achat du surplus (EDF OA)",
                                        "Tarif de rachat garanti 20 ans",
                                        "Contrat de vente du surplus d'électricité produite"),
                                new Aide(
                                        "TVA à taux réduit",
                                        "TVA réduite selon la puissance",
                                        "Installation de faible puissance sur un logement de"
                                                + " plus de 2 ans")),
                        at),
                product(
                        "PAC",
                        "Pompe à chaleur",
                        "#3B82F6",
                        List.of(
                                new Aide(
                                        "MaPrimeRénov'",
                                        "Montant selon les revenus du foyer",
                                        "Résidence principale de plus de 15 ans, artisan RGE"),
                                new Aide(
                                        "Certificats d'économies d'énergie (CEE)",
                                        "Prime versée par un fournisseur d'énergie",
                                        "Remplacement d'une chaudière fioul, gaz ou charbon"),
                                new Aide(
                                        "Éco-prêt à taux zéro",
                                        "Prêt sans intérêts",
                                        "Travaux de rénovation énergétique d'une résidence"
                                                + " principale")),
                        at),
                product(
                        "ITE",
                        "Isolation thermique par l'extérieur",
                        "#10B981",
                        List.of(
                                new Aide(
                                        "MaPrimeRénov'",
                                        "Forfait au m² selon les revenus du foyer",
                                        "Résidence principale de plus de 15 ans, artisan RGE"),
                                new Aide(
                                        "Certificats d'économies d'énergie (CEE)",
                                        "Prime au m² isolé",
                                        "Isolation des murs par l'extérieur, artisan RGE"),
                                new Aide(
                                        "TVA à 5,5 %",
                                        "TVA réduite sur les travaux",
                                        "Logement achevé depuis plus de 2 ans")),
                        at));
    }

    private static DiffusionSource source(
            String name, String slug, String icon, String color, Instant at) {
        return new DiffusionSource(
                DiffusionSourceId.generate(), name, new Slug(slug), icon, color, at);
    }

    private static ProductDefinition product(
            String code, String name, String color, List<Aide> aides, Instant at) {
        return new ProductDefinition(
                ProductDefinitionId.generate(), new Slug(code), name, color, aides, at);
    }
}
