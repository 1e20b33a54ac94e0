package fr.enersolar.crm.application.brief;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The catalogue of the fields a form script may send (SPEC-seed §14.3), grouped as the briefs show
 * them: identite, localisation, logement, energie, projet, tracking, consentement. Unlike the seed,
 * where only {@code phone} was marked required, a field is marked required when the form requires
 * it (its {@code required_fields}, by default phone, nom and département), since intake diagnoses a
 * lead that lacks one.
 */
public final class LeadFields {

    /** One field: key, French label, and what helps an integrator fill it. */
    public record Field(
            String key,
            String label,
            boolean required,
            Optional<String> example,
            List<String> options,
            Optional<String> note,
            Optional<String> type,
            Optional<Boolean> defaultValue) {

        public Field {
            options = List.copyOf(options);
        }

        Field require(Collection<String> requiredKeys) {
            return new Field(
                    key,
                    label,
                    requiredKeys.contains(key),
                    example,
                    options,
                    note,
                    type,
                    defaultValue);
        }
    }

    /** A group of fields, in display order. */
    public record Group(String key, List<Field> fields) {
        public Group {
            fields = List.copyOf(fields);
        }
    }

    private static final List<Group> CATALOGUE =
            List.of(
                    new Group(
                            "identite",
                            List.of(
                                    options("civilite", "Civilité", "M.", "Mme", "Mlle"),
                                    example("nom", "Nom", "Dupont"),
                                    example("prenom", "Prénom", "Jean"),
                                    new Field(
                                            "phone",
                                            "Téléphone",
                                            true,
                                            Optional.of("0612345678"),
                                            List.of(),
                                            Optional.of(
                                                    "10 chiffres, ou +33 / 0033 suivi du numéro"),
                                            Optional.empty(),
                                            Optional.empty()),
                                    example("email", "Email", "jean.dupont@example.fr"))),
                    new Group(
                            "localisation",
                            List.of(
                                    example("code_postal", "Code postal", "75011"),
                                    note(
                                            "departement",
                                            "Département",
                                            "Auto-extrait du code postal"),
                                    example("ville", "Ville", "Paris"),
                                    example("adresse", "Adresse", "12 rue de la Paix"))),
                    new Group(
                            "logement",
                            List.of(
                                    options(
                                            "type_logement",
                                            "Type de logement",
                                            "Maison",
                                            "Appartement"),
                                    options(
                                            "statut_occupant",
                                            "Statut d'occupant",
                                            "Propriétaire",
                                            "Locataire"),
                                    example("surface_habitable", "Surface habitable (m²)", "120"),
                                    example(
                                            "annee_construction",
                                            "Année de construction",
                                            "1985"))),
                    new Group(
                            "energie",
                            List.of(
                                    options(
                                            "type_chauffage",
                                            "Type de chauffage",
                                            "Électrique",
                                            "Gaz",
                                            "Fioul",
                                            "Bois",
                                            "Autre"),
                                    options(
                                            "facture_electricite",
                                            "Facture d'électricité (mensuelle)",
                                            "<50€",
                                            "50-100€",
                                            "100-150€",
                                            "150-200€",
                                            ">200€"),
                                    example("facture_chauffage", "Facture de chauffage", "150€"))),
                    new Group(
                            "projet",
                            List.of(
                                    options(
                                            "type_projet",
                                            "Type de projet",
                                            "Installation",
                                            "Remplacement",
                                            "Rénovation"),
                                    options(
                                            "delai_projet",
                                            "Délai du projet",
                                            "Immédiat",
                                            "1-3 mois",
                                            "3-6 mois",
                                            "6-12 mois",
                                            "> 1 an"),
                                    example("budget", "Budget", "10000€"))),
                    new Group(
                            "tracking",
                            List.of(
                                    note("lp_code", "Code LP", "Rempli par le script"),
                                    note("liaison_code", "Code liaison", "Rempli par le script"),
                                    note("source", "Source", "Par défaut utm_source"),
                                    note("utm_source", "UTM source", "Lu dans l'URL de la page"),
                                    note("utm_medium", "UTM medium", "Lu dans l'URL de la page"),
                                    note(
                                            "utm_campaign",
                                            "UTM campaign",
                                            "Lu dans l'URL de la page"))),
                    new Group(
                            "consentement",
                            List.of(
                                    flag("rgpd_consent", "Consentement RGPD", true),
                                    flag("newsletter", "Inscription newsletter", false))));

    private LeadFields() {}

    /** Every key of the catalogue, in order: the fields the form script sends. */
    public static List<String> keys() {
        List<String> keys = new ArrayList<>();
        CATALOGUE.forEach(g -> g.fields().forEach(f -> keys.add(f.key())));
        return keys;
    }

    /** The catalogue, with the fields {@code requiredKeys} names marked required. */
    public static List<Group> catalogue(Collection<String> requiredKeys) {
        return CATALOGUE.stream()
                .map(
                        g ->
                                new Group(
                                        g.key(),
                                        g.fields().stream()
                                                .map(f -> f.require(requiredKeys))
                                                .toList()))
                .toList();
    }

    private static Field example(String key, String label, String example) {
        return new Field(
                key,
                label,
                false,
                Optional.of(example),
                List.of(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
    }

    private static Field options(String key, String label, String... options) {
        return new Field(
                key,
                label,
                false,
                Optional.empty(),
                List.of(options),
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
    }

    private static Field note(String key, String label, String note) {
        return new Field(
                key,
                label,
                false,
                Optional.empty(),
                List.of(),
                Optional.of(note),
                Optional.empty(),
                Optional.empty());
    }

    private static Field flag(String key, String label, boolean byDefault) {
        return new Field(
                key,
                label,
                false,
                Optional.empty(),
                List.of(),
                Optional.empty(),
                Optional.of("boolean"),
                Optional.of(byDefault));
    }
}
