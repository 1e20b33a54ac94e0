package fr.enersolar.crm.infrastructure.persistence.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.empty;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.regex;

import com.mongodb.client.model.Sorts;
import fr.enersolar.crm.application.leads.LeadCriteria;
import fr.enersolar.crm.application.leads.SearchTerm;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.regex.Pattern;
import org.bson.conversions.Bson;

/**
 * {@link LeadCriteria} as a MongoDB filter. Each part is an equality, a range on {@code created_at}
 * or an anchored prefix, so the indexes of {@code StoreIndexes} ({@code {field: 1, created_at: -1,
 * _id: -1}}) answer it already sorted newest first.
 */
final class LeadFilters {

    /** Newest first; the id breaks ties, so pages never overlap or skip a lead. */
    static final Bson NEWEST_FIRST = Sorts.descending("created_at", "_id");

    private LeadFilters() {}

    static Bson of(LeadCriteria c) {
        List<Bson> parts = new ArrayList<>();
        c.from().ifPresent(from -> parts.add(gte("created_at", Date.from(from))));
        c.to().ifPresent(to -> parts.add(lt("created_at", Date.from(to))));
        c.targetCrm().ifPresent(crm -> parts.add(eq("target_crm_id", crm.value())));
        c.product().ifPresent(p -> parts.add(eq("product_type", p.name())));
        c.status().ifPresent(s -> parts.add(eq("api_status", s)));
        c.form().ifPresent(f -> parts.add(eq("form_code", f.value())));
        if (c.departements().size() == 1) {
            parts.add(eq("departement", c.departements().get(0)));
        } else if (!c.departements().isEmpty()) {
            parts.add(in("departement", c.departements()));
        }
        c.search().ifPresent(term -> parts.add(search(term)));
        if (parts.isEmpty()) {
            return empty();
        }
        return parts.size() == 1 ? parts.get(0) : and(parts);
    }

    private static Bson search(SearchTerm term) {
        if (term instanceof SearchTerm.Phone phone) {
            if (phone.national().isPresent()) {
                return in("phone", phone.national().get(), phone.digits());
            }
            return phone.digits().startsWith("+")
                    ? regex("phone_e164", "^" + Pattern.quote(phone.digits()))
                    : regex("phone", "^" + phone.digits());
        }
        if (term instanceof SearchTerm.Email email) {
            return in("email", email.spellings());
        }
        SearchTerm.Name name = (SearchTerm.Name) term;
        List<Pattern> prefixes = new ArrayList<>();
        for (String prefix : name.prefixes()) {
            prefixes.add(Pattern.compile("^" + Pattern.quote(prefix)));
        }
        return in("nom", prefixes);
    }
}
