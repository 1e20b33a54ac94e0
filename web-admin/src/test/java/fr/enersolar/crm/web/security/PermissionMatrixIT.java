package fr.enersolar.crm.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import fr.enersolar.crm.application.auth.StaffIdentity;
import fr.enersolar.crm.domain.model.user.Role;
import fr.enersolar.crm.domain.model.user.UserId;
import fr.enersolar.crm.web.api.ApiApplication;
import fr.enersolar.crm.web.testing.ApiClient;
import fr.enersolar.crm.web.testing.Deployments;
import fr.enersolar.crm.web.testing.StaffSessions;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every endpoint of the API × {admin, editor, viewer, anonymous}, over real HTTP: anonymous gets
 * 401, a role the endpoint's declared rule refuses gets 403, and a role it allows gets past the
 * permission check (any answer but 401/403: 200, or 400/404 for the made-up ids and empty bodies
 * the matrix sends). The endpoints and their rules are read from {@link ApiApplication} by
 * reflection, so an endpoint added later is in the matrix without editing this test. Each call is
 * made by a fresh staff member, so an endpoint that ends a session cannot spoil the next one.
 */
@ExtendWith(ArquillianExtension.class)
class PermissionMatrixIT {

    private static final List<String> ROLES = List.of("admin", "editor", "viewer");
    private static final Pattern PATH_PARAM = Pattern.compile("\\{([^}:]+)(:[^}]*)?}");

    @ArquillianResource URL deployed;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.webAdminWithCore();
    }

    record Endpoint(String method, String path, Permission rule) {
        @Override
        public String toString() {
            return method + " /" + path;
        }
    }

    /**
     * What a client of any endpoint accepts: JSON first, CSV for the exports. (Asking a CSV-only
     * endpoint for JSON alone gets 406 from resource matching, before any permission check, for
     * every caller: that is content negotiation, not a permission answer.)
     */
    static final String ACCEPT = "application/json, text/csv;q=0.9, */*;q=0.1";

    @Test
    void everyEndpointAnswersEachRoleAsItsRuleSays() throws Exception {
        ApiClient api = new ApiClient(deployed);
        api.awaitReady();
        List<Endpoint> endpoints = endpoints();
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (Endpoint endpoint : endpoints) {
            if (endpoint.rule().isPublic()) {
                continue;
            }
            String body = needsBody(endpoint.method()) ? "{}" : null;
            HttpResponse<String> anonymous =
                    api.send(endpoint.method(), endpoint.path(), body, Map.of("Accept", ACCEPT));
            checked++;
            if (anonymous.statusCode() != 401) {
                wrong.add(endpoint + " anonymous → " + anonymous.statusCode());
            }
            for (String role : ROLES) {
                ApiClient.Staff staff = StaffSessions.as(api, role);
                HttpResponse<String> answer =
                        api.send(
                                endpoint.method(),
                                endpoint.path(),
                                body,
                                Map.of("Accept", ACCEPT, "Authorization", staff.authorization()));
                checked++;
                boolean allowed = endpoint.rule().allows(defaults(role));
                int status = answer.statusCode();
                if (allowed && (status == 401 || status == 403)) {
                    wrong.add(
                            endpoint
                                    + " "
                                    + role
                                    + " should pass, got "
                                    + status
                                    + " "
                                    + answer.body());
                } else if (!allowed && status != 403) {
                    wrong.add(endpoint + " " + role + " should get 403, got " + status);
                } else if (status >= 500 && status != 503) {
                    // 503: the nightly jobs' facade lives in the EAR only, not in this WAR
                    wrong.add(endpoint + " " + role + " → " + status + " " + answer.body());
                }
            }
        }
        assertThat(endpoints.stream().filter(e -> !e.rule().isPublic())).isNotEmpty();
        assertThat(wrong).as("%d calls checked", checked).isEmpty();
    }

    private static StaffIdentity defaults(String role) {
        Role r = Role.parse(role);
        return new StaffIdentity(UserId.generate(), "x@test.example", "", r, r.defaultSections());
    }

    private static boolean needsBody(String method) {
        return method.equals("POST") || method.equals("PUT") || method.equals("PATCH");
    }

    /** Every resource method of the API with its HTTP method, a concrete path and its rule. */
    static List<Endpoint> endpoints() {
        List<Endpoint> endpoints = new ArrayList<>();
        for (Class<?> type : new ApiApplication().getClasses()) {
            Path base = type.getAnnotation(Path.class);
            if (base == null) {
                continue;
            }
            for (Method method : type.getMethods()) {
                Optional<String> verb = verb(method);
                if (verb.isEmpty()) {
                    continue;
                }
                Path sub = method.getAnnotation(Path.class);
                String path = "api/" + join(base.value(), sub == null ? "" : sub.value());
                endpoints.add(
                        new Endpoint(verb.get(), concrete(path), Permission.of(type, method)));
            }
        }
        endpoints.sort(Comparator.comparing(Endpoint::toString));
        return endpoints;
    }

    private static Optional<String> verb(Method method) {
        if (method.isAnnotationPresent(GET.class)) {
            return Optional.of("GET");
        }
        if (method.isAnnotationPresent(POST.class)) {
            return Optional.of("POST");
        }
        if (method.isAnnotationPresent(PUT.class)) {
            return Optional.of("PUT");
        }
        if (method.isAnnotationPresent(DELETE.class)) {
            return Optional.of("DELETE");
        }
        if (method.isAnnotationPresent(PATCH.class)) {
            return Optional.of("PATCH");
        }
        if (method.isAnnotationPresent(HEAD.class)) {
            return Optional.of("HEAD");
        }
        return Optional.empty();
    }

    private static String join(String a, String b) {
        String left = a.replaceAll("^/+|/+$", "");
        String right = b.replaceAll("^/+|/+$", "");
        return right.isEmpty() ? left : left + "/" + right;
    }

    /** Path parameters filled with an id that exists nowhere. */
    private static String concrete(String template) {
        Matcher m = PATH_PARAM.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, "00000000-0000-4000-8000-000000000000");
        }
        m.appendTail(out);
        return out.toString();
    }
}
